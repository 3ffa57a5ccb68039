using OrderActors.Domain.Channels;
using OrderActors.Grains.Channels.Taobao;
using OrderActors.Simulators;
using OrderActors.Simulators.Top;

namespace OrderActors.Simulators.Tests;

public sealed class TopFullInfoTests
{
    [Fact]
    public async Task Full_info_returns_the_lines_the_address_and_every_amount_in_fen_exactly()
    {
        await using var bed = await TopTestBed.StartAsync();
        var modified = new DateTimeOffset(2024, 6, 18, 0, 0, 1, Trades.China);
        var seeded = new SimTrade(
            Tid: 3951234567890123,
            Status: "WAIT_SELLER_SEND_GOODS",
            Created: modified.AddMinutes(-2),
            Modified: modified,
            PayTime: modified.AddMinutes(-1),
            PaymentFen: 123456789,           // 1234567.89 yuan
            TotalFeeFen: 123455789,
            PostFeeFen: 1000,                // 10.00
            BuyerNick: "李雷",
            Receiver: new SimAddress("韩梅梅", "13900139000", "浙江省", "杭州市", "西湖区", "龙井路1号 3幢", "310000"),
            Lines:
            [
                new SimLine(3951234567890124, 6000001, "5001", "TEA", "TEA-LONGJING-250G", "龙井 250g", 3, 1250, 3750, 3749, "WAIT_SELLER_SEND_GOODS"),
                new SimLine(3951234567890125, 6000002, null, "CUP", null, "Tea cup", 1, 1, 1, 1, "WAIT_SELLER_SEND_GOODS", "WAIT_SELLER_AGREE"),
                new SimLine(3951234567890126, 6000003, "5003", "POT", "POT-1", "Teapot", 1, 123452039, 123452038, 123452039, "WAIT_SELLER_SEND_GOODS"),
            ]);
        await bed.SeedAsync([seeded]);

        var trade = await bed.Client().GetFullInfoAsync(bed.Session.AccessToken, seeded.Tid);

        Assert.Equal(seeded.Tid, trade.Tid);
        Assert.Equal(123456789, trade.PaymentFen);
        Assert.Equal(123455789, trade.TotalFeeFen);
        Assert.Equal(1000, trade.PostFeeFen);
        Assert.Equal(modified, trade.Modified);
        Assert.Equal(seeded.PayTime, trade.PayTime);
        Assert.Equal("李雷", trade.BuyerNick);
        Assert.Equal(TopTestBed.Shop, trade.SellerNick);
        Assert.Equal(new TopReceiver("韩梅梅", "13900139000", null, "浙江省", "杭州市", "西湖区", "龙井路1号 3幢", "310000"), trade.Receiver);
        Assert.Equal(
            [
                new TopOrderLine(3951234567890124, 6000001, "5001", "TEA", "TEA-LONGJING-250G", "龙井 250g", 3, 1250, 3750, 3749, "WAIT_SELLER_SEND_GOODS", "NO_REFUND"),
                new TopOrderLine(3951234567890125, 6000002, null, "CUP", null, "Tea cup", 1, 1, 1, 1, "WAIT_SELLER_SEND_GOODS", "WAIT_SELLER_AGREE"),
                new TopOrderLine(3951234567890126, 6000003, "5003", "POT", "POT-1", "Teapot", 1, 123452039, 123452038, 123452039, "WAIT_SELLER_SEND_GOODS", "NO_REFUND"),
            ],
            trade.Lines);
        Assert.Equal(PlatformRefundState.InProgress, trade.Lines[1].MappedRefund.State);
    }

    [Fact]
    public async Task Times_round_trip_through_GMT_plus_8_as_the_same_instants()
    {
        await using var bed = await TopTestBed.StartAsync();
        // 23:30:05 in China is 15:30:05 UTC the same day; a client that wrote UTC as if it were China
        // time would look eight hours off and miss it.
        var modified = new DateTimeOffset(2024, 3, 10, 23, 30, 5, Trades.China);
        await bed.SeedAsync([Trades.Paid(42, modified)]);
        var client = bed.Client();

        var trade = await client.GetFullInfoAsync(bed.Session.AccessToken, 42);
        var utcWindow = new PullWindow(new DateTimeOffset(2024, 3, 10, 15, 0, 0, TimeSpan.Zero), new DateTimeOffset(2024, 3, 10, 16, 0, 0, TimeSpan.Zero));
        var inUtcWindow = await client.GetSoldIncrementAsync(bed.Session.AccessToken, utcWindow, 1);
        var eightHoursLate = new PullWindow(utcWindow.Start.AddHours(8), utcWindow.End.AddHours(8));
        var inLateWindow = await client.GetSoldIncrementAsync(bed.Session.AccessToken, eightHoursLate, 1);

        Assert.Equal(new DateTimeOffset(2024, 3, 10, 15, 30, 5, TimeSpan.Zero), trade.Modified.ToUniversalTime());
        Assert.Equal(modified.AddMinutes(-30), trade.Created);
        Assert.Equal(42, Assert.Single(inUtcWindow.Trades).Tid);
        Assert.Empty(inLateWindow.Trades);
        Assert.False(inLateWindow.HasNext);
    }

    [Fact]
    public async Task A_trade_that_is_not_the_sellers_is_an_error_not_an_empty_trade()
    {
        await using var bed = await TopTestBed.StartAsync();

        var error = await Assert.ThrowsAsync<TopException>(() => bed.Client().GetFullInfoAsync(bed.Session.AccessToken, 999));

        Assert.Equal("15", error.Code);
        Assert.Equal("isv.trade-not-exist", error.SubCode);
        Assert.Equal(PlatformErrorClass.Unclassified, error.ErrorClass);
    }
}
