using OrderActors.Domain.Channels;
using OrderActors.Grains.Channels;
using OrderActors.Grains.Channels.Pinduoduo;
using OrderActors.GrainInterfaces.Orders;
using OrderActors.Simulators.Pdd;

namespace OrderActors.Simulators.Tests;

public sealed class PddOrderInfoTests
{
    private static readonly DateTimeOffset Updated = new(2024, 6, 18, 0, 0, 1, PddOrders.China);

    private static readonly PddSimOrder Big = new(
        OrderSn: "240618-123456789012345",
        OrderStatus: 1,
        RefundStatus: 1,
        CreatedTime: Updated.AddMinutes(-3),
        ConfirmTime: Updated.AddMinutes(-2),
        UpdatedAt: Updated,
        PayTime: Updated.AddMinutes(-2),
        GoodsAmountFen: 123457789,            // 1234577.89 yuan
        PayAmountFen: 123456789,
        PostageFen: 1000,                     // 10.00
        DiscountAmountFen: 2000,
        Receiver: new PddSimReceiver("韩梅梅", "13900139000", "浙江省", "杭州市", "西湖区", "龙井路1号 3幢"),
        Items:
        [
            new PddSimItem(6000001, 5001, "龙井 250g", "250g", "TEA", "TEA-LONGJING-250G", 3, 1250),
            new PddSimItem(6000002, 5002, "Tea cup", "white", "CUP", null, 1, 1),
            new PddSimItem(6000003, 5003, "Teapot", "clay", "POT", "POT-1", 1, 123452039),
        ]);

    [Fact]
    public async Task Information_returns_the_items_the_receiver_and_every_amount_in_fen_exactly()
    {
        await using var bed = await PddTestBed.StartAsync();
        await bed.SeedAsync([Big]);

        var order = await bed.Client().GetInformationAsync(bed.Session.AccessToken, Big.OrderSn);

        Assert.Equal(Big.OrderSn, order.OrderSn);
        Assert.Equal(123456789, order.PayAmountFen);
        Assert.Equal(123457789, order.GoodsAmountFen);
        Assert.Equal(1000, order.PostageFen);
        Assert.Equal(2000, order.DiscountAmountFen);
        Assert.Equal(Updated, order.UpdatedAt);
        Assert.Equal(Big.CreatedTime, order.CreatedTime);
        Assert.Equal(Big.ConfirmTime, order.ConfirmTime);
        Assert.Equal(Big.PayTime, order.PayTime);
        Assert.Equal(
            [
                new PddOrderItem(6000001, 5001, "龙井 250g", "250g", "TEA", "TEA-LONGJING-250G", 3, 1250),
                new PddOrderItem(6000002, 5002, "Tea cup", "white", "CUP", null, 1, 1),
                new PddOrderItem(6000003, 5003, "Teapot", "clay", "POT", "POT-1", 1, 123452039),
            ],
            order.Items);
        Assert.Equal(
            new PddReceiver(
                PddWire.Encrypt("韩梅梅"), "韩**", PddWire.Encrypt("13900139000"), "139****9000",
                "浙江省", "杭州市", "西湖区", PddWire.Encrypt("龙井路1号 3幢"), "龙井****"),
            order.Receiver);
    }

    [Fact]
    public async Task An_order_maps_to_the_update_the_order_grain_takes()
    {
        await using var bed = await PddTestBed.StartAsync();
        await bed.SeedAsync([Big]);
        var listing = new PlatformListing(Big.OrderSn, Updated, null, PlatformOrderState.Paid);

        var update = await bed.Adapter().GetOrderAsync(bed.Session.AccessToken, listing);
        var masked = await bed.Adapter(PddReceiverText.Masked).GetOrderAsync(bed.Session.AccessToken, listing);

        Assert.Equal(Updated, update.ModifiedAt);
        Assert.Equal(nameof(PlatformOrderState.Paid), update.State);
        Assert.Equal("order_status=1,refund_status=1", update.RawStatus);
        Assert.Equal(
            [new OrderLine("TEA-LONGJING-250G", 3, 1250), new OrderLine("CUP", 1, 1), new OrderLine("POT-1", 1, 123452039)],
            update.Order.Lines.ToArray());
        Assert.Equal(
            new ShippingAddress(PddWire.Encrypt("韩梅梅"), PddWire.Encrypt("13900139000"), "浙江省", "杭州市", "西湖区", PddWire.Encrypt("龙井路1号 3幢")),
            update.Order.Address);
        Assert.Equal(new ShippingAddress("韩**", "139****9000", "浙江省", "杭州市", "西湖区", "龙井****"), masked.Order.Address);
        Assert.Equal(Big.PayTime, update.Order.PaidAt);
        Assert.Equal(ShortfallPolicy.Backorder, update.Order.OnShortfall);
    }

    [Theory]
    [InlineData(1, 1, 0, PlatformOrderState.Paid, true)]
    [InlineData(1, 2, 0, PlatformOrderState.RefundRequested, true)]
    [InlineData(1, 3, 0, PlatformOrderState.RefundRequested, true)]
    [InlineData(2, 4, 0, PlatformOrderState.Refunded, false)]
    [InlineData(2, 1, 0, PlatformOrderState.Shipped, false)]
    [InlineData(3, 1, 0, PlatformOrderState.Delivered, false)]
    [InlineData(1, 1, 1, PlatformOrderState.OnHold, false)]
    public async Task Order_and_refund_status_combine_into_one_state_and_the_receiver_is_encrypted_only_while_it_can_be_shipped(
        int orderStatus, int refundStatus, int risk, PlatformOrderState expected, bool encrypted)
    {
        await using var bed = await PddTestBed.StartAsync();
        await bed.SeedAsync([PddOrders.Paid(1, Updated) with { OrderStatus = orderStatus, RefundStatus = refundStatus, RiskControlStatus = risk }]);

        var listing = Assert.Single((await bed.Adapter().ListModifiedAsync(bed.Session.AccessToken, new PullWindow(Updated.AddMinutes(-1), Updated), 1)).Orders);

        Assert.Equal(expected, listing.State);
        var full = Assert.IsType<PlatformOrderUpdate>(listing.Full);
        Assert.Equal(expected.ToString(), full.State);
        Assert.Contains($"order_status={orderStatus},refund_status={refundStatus}", full.RawStatus, StringComparison.Ordinal);
        // Once shipped or under review there is no ciphertext: the masked name keeps the order readable.
        Assert.Equal(encrypted ? PddWire.Encrypt("韩梅梅") : "韩**", full.Order.Address.Recipient);
        Assert.Equal("浙江省", full.Order.Address.Province);
    }

    [Fact]
    public async Task A_listed_order_is_whole_so_the_connector_makes_no_detail_call()
    {
        await using var bed = await PddTestBed.StartAsync();
        await bed.SeedAsync([Big]);
        var adapter = bed.Adapter();

        var listing = Assert.Single((await adapter.ListModifiedAsync(bed.Session.AccessToken, new PullWindow(Updated.AddMinutes(-1), Updated), 1)).Orders);
        var update = await adapter.GetOrderAsync(bed.Session.AccessToken, listing);

        Assert.Same(listing.Full, update);
        Assert.Equal(Big.CreatedTime, listing.CreatedAt);
        Assert.False((await bed.CallsAsync()).ByMethod.ContainsKey(PddClient.InformationType));
    }

    [Fact]
    public async Task Times_round_trip_through_China_time_as_the_same_instants()
    {
        await using var bed = await PddTestBed.StartAsync();
        // 23:30:05 in China is 15:30:05 UTC the same day.
        var updated = new DateTimeOffset(2024, 3, 10, 23, 30, 5, PddOrders.China);
        await bed.SeedAsync([PddOrders.Paid(42, updated)]);
        var client = bed.Client();

        var utcWindow = new PullWindow(new DateTimeOffset(2024, 3, 10, 15, 20, 0, TimeSpan.Zero), new DateTimeOffset(2024, 3, 10, 15, 50, 0, TimeSpan.Zero));
        var inUtcWindow = await client.GetIncrementAsync(bed.Session.AccessToken, utcWindow, 1);
        var eightHoursLate = await client.GetIncrementAsync(bed.Session.AccessToken, new PullWindow(utcWindow.Start.AddHours(8), utcWindow.End.AddHours(8)), 1);

        var order = Assert.Single(inUtcWindow.Orders);
        Assert.Equal(new DateTimeOffset(2024, 3, 10, 15, 30, 5, TimeSpan.Zero), order.UpdatedAt.ToUniversalTime());
        Assert.Empty(eightHoursLate.Orders);
    }

    [Fact]
    public async Task An_order_that_is_not_the_shops_is_a_permanent_error_not_an_empty_order()
    {
        await using var bed = await PddTestBed.StartAsync();

        var error = await Assert.ThrowsAsync<PddException>(() => bed.Client().GetInformationAsync(bed.Session.AccessToken, "240101-000000000000999"));

        Assert.Equal("21001", error.Code);
        Assert.Equal(PlatformErrorClass.Permanent, error.ErrorClass);
        Assert.NotNull(error.RequestId);
    }

    [Fact]
    public async Task Reconciliation_counts_orders_by_confirm_time_over_a_week_in_24_hour_slices_once_each()
    {
        await using var bed = await PddTestBed.StartAsync();
        var weekStart = new DateTimeOffset(2024, 5, 6, 0, 0, 0, PddOrders.China);
        var week = new PullWindow(weekStart, weekStart.AddDays(7));
        var inWeek = Enumerable.Range(1, 350)
            .Select(i => PddOrders.Paid(i, weekStart.AddMinutes(i * 28)) with { ConfirmTime = weekStart.AddMinutes(i * 28) })
            .Append(PddOrders.Paid(901, weekStart) with { ConfirmTime = weekStart.AddDays(1) })      // on a slice edge
            .Append(PddOrders.Paid(902, weekStart) with { ConfirmTime = week.End })
            .ToList();
        var outside = PddOrders.Paid(903, weekStart) with { ConfirmTime = week.End.AddSeconds(1) };
        await bed.SeedAsync([.. inWeek, outside]);

        var counted = await bed.Adapter().ListCreatedAsync(bed.Session.AccessToken, week);

        Assert.Equal(inWeek.Select(o => o.OrderSn).Order(StringComparer.Ordinal), counted.Select(l => l.PlatformOrderId).Order(StringComparer.Ordinal));
        Assert.All(counted, l => Assert.Null(l.Full));
        var calls = await bed.CallsAsync();
        Assert.True(calls.ByMethod[PddClient.ListType] >= 7);
    }
}
