using OrderActors.Domain.Channels;
using OrderActors.GrainInterfaces.Orders;
using OrderActors.Grains.Channels;
using OrderActors.Grains.Channels.Jd;
using OrderActors.Simulators.Jd;

namespace OrderActors.Simulators.Tests;

public sealed class JdOrderTests
{
    private static readonly DateTimeOffset Modified = new(2024, 6, 18, 0, 0, 1, JdOrders.China);

    private static readonly SimJdOrder FlashSaleOrder = new(
        OrderId: 301234567890,
        OrderState: "WAIT_SELLER_STOCK_OUT",
        Created: Modified.AddMinutes(-2),
        Modified: Modified,
        PaidAt: Modified.AddMinutes(-1),
        TotalPriceFen: 123456789,               // 1234567.89 yuan
        SellerPriceFen: 123455789,
        PaymentFen: 123456789 - 1000 + 1200,    // less 10.00 seller discount, plus 12.00 freight
        FreightFen: 1200,
        SellerDiscountFen: 1000,
        Pin: "jd_李雷",
        Consignee: new SimJdConsignee("韩梅梅", "13900139000", "010-88886666", "北京", "朝阳区", "三环到四环之间", "建外街道", "北京朝阳区三环到四环之间建外街道建国路88号 3幢"),
        Items:
        [
            new SimJdItem(100001, "TEA-LONGJING-250G", "TEA", "龙井 250g", 2000001, 1250, 3),
            new SimJdItem(100002, null, "CUP", "茶杯", 2000002, 1, 1),
            new SimJdItem(100003, "POT-1", "POT", "茶壶", 2000003, 123452035, 1),
        ],
        OrderRemark: "请尽快发货");

    [Fact]
    public async Task The_detail_carries_lines_receiver_and_every_amount_in_fen_exactly()
    {
        await using var bed = await JdTestBed.StartAsync();
        await bed.SeedAsync([FlashSaleOrder]);

        var order = await bed.Client().GetOrderAsync(bed.Token, "301234567890");

        Assert.Equal("301234567890", order.OrderId);
        Assert.Equal(123456789, order.TotalPriceFen);
        Assert.Equal(123455789, order.SellerPriceFen);
        Assert.Equal(123456989, order.PaymentFen);
        Assert.Equal(1200, order.FreightFen);
        Assert.Equal(1000, order.SellerDiscountFen);
        Assert.Equal(Modified, order.Modified);
        Assert.Equal(FlashSaleOrder.Created, order.Created);
        Assert.Equal(FlashSaleOrder.PaidAt, order.PaidAt);
        Assert.Null(order.EndedAt);                                               // JD's 0001-01-01 00:00:00
        Assert.Equal("jd_李雷", order.Pin);
        Assert.Equal("请尽快发货", order.OrderRemark);
        Assert.Equal(new JdConsignee("韩梅梅", "13900139000", "010-88886666", "北京", "朝阳区", "三环到四环之间", "建外街道", "北京朝阳区三环到四环之间建外街道建国路88号 3幢"), order.Consignee);
        Assert.Equal(
            [
                new JdItem("100001", "TEA-LONGJING-250G", "TEA", "龙井 250g", "2000001", 1250, 3),
                new JdItem("100002", null, "CUP", "茶杯", "2000002", 1, 1),
                new JdItem("100003", "POT-1", "POT", "茶壶", "2000003", 123452035, 1),
            ],
            order.Items);
    }

    [Fact]
    public async Task The_order_maps_to_the_update_the_order_grain_takes()
    {
        await using var bed = await JdTestBed.StartAsync();
        await bed.SeedAsync([FlashSaleOrder]);
        var listing = new PlatformListing("301234567890", Modified, null, PlatformOrderState.Paid);

        var update = await bed.Adapter().GetOrderAsync(bed.Token, listing);

        Assert.Equal(Modified, update.ModifiedAt);
        Assert.Equal(nameof(PlatformOrderState.Paid), update.State);
        Assert.Equal("WAIT_SELLER_STOCK_OUT", update.RawStatus);
        Assert.Equal<OrderLine>(
            [new OrderLine("TEA-LONGJING-250G", 3, 1250), new OrderLine("CUP", 1, 1), new OrderLine("POT-1", 1, 123452035)],
            update.Order.Lines);
        Assert.Equal(new ShippingAddress("韩梅梅", "13900139000", "北京", "朝阳区", "三环到四环之间", "北京朝阳区三环到四环之间建外街道建国路88号 3幢"), update.Order.Address);
        Assert.Equal(FlashSaleOrder.PaidAt, update.Order.PaidAt);
        Assert.Equal(ShortfallPolicy.Backorder, update.Order.OnShortfall);
        Assert.Equal(1, (await bed.CallsAsync()).ByMethod["jingdong.pop.order.get"]);
    }

    [Theory]
    [InlineData("WAIT_SELLER_STOCK_OUT", PlatformOrderState.Paid)]
    [InlineData("WAIT_SELLER_DELIVERY", PlatformOrderState.Paid)]
    [InlineData("WAIT_GOODS_RECEIVE_CONFIRM", PlatformOrderState.Shipped)]
    [InlineData("FINISHED_L", PlatformOrderState.Completed)]
    [InlineData("TRADE_CANCELED", PlatformOrderState.Cancelled)]
    [InlineData("LOCKED", PlatformOrderState.OnHold)]
    [InlineData("POP_ORDER_PAUSE", PlatformOrderState.OnHold)]
    public async Task A_state_change_on_JD_arrives_mapped_with_the_raw_code_and_a_newer_version(string orderState, PlatformOrderState expected)
    {
        await using var bed = await JdTestBed.StartAsync();
        await bed.SeedAsync([JdOrders.Paid(77, Modified)]);
        var client = bed.Client();
        var before = await client.GetOrderAsync(bed.Token, "77");

        await bed.ChangeAsync(77, new SimJdOrderChange(orderState, Modified.AddHours(2)));
        var after = await client.GetOrderAsync(bed.Token, "77");
        var update = after.ToUpdate();

        Assert.Equal(expected.ToString(), update.State);
        Assert.Equal(orderState, update.RawStatus);
        Assert.Equal(VersionDecision.Apply, PlatformOrderVersion.Decide(new PlatformOrderVersion(before.Modified), new PlatformOrderVersion(after.Modified)));
        Assert.Equal(VersionDecision.IgnoreOlder, PlatformOrderVersion.Decide(new PlatformOrderVersion(after.Modified), new PlatformOrderVersion(before.Modified)));
    }

    [Fact]
    public async Task A_listing_with_every_field_is_complete_and_needs_no_detail_call()
    {
        await using var bed = await JdTestBed.StartAsync();
        await bed.SeedAsync([FlashSaleOrder]);
        var adapter = bed.Adapter();
        var window = new PullWindow(Modified.AddHours(-1), Modified.AddHours(1));

        var listing = Assert.Single((await adapter.ListModifiedAsync(bed.Token, window, 1)).Orders);
        var update = await adapter.GetOrderAsync(bed.Token, listing);

        Assert.NotNull(listing.Full);
        Assert.Same(listing.Full, update);
        Assert.Equal(FlashSaleOrder.Created, listing.CreatedAt);
        Assert.Equal(3, update.Order.Lines.Length);
        Assert.False((await bed.CallsAsync()).ByMethod.ContainsKey("jingdong.pop.order.get"));
    }

    [Fact]
    public async Task A_partial_listing_is_read_again_in_full_with_pop_order_get()
    {
        await using var bed = await JdTestBed.StartAsync();
        await bed.SeedAsync([FlashSaleOrder]);
        var client = bed.Client();
        var window = new PullWindow(Modified.AddHours(-1), Modified.AddHours(1));

        var partial = Assert.Single((await client.SearchAsync(bed.Token, window, JdDateType.Modified, 1, fields: JosClient.ListingFields)).Orders);
        var update = await new JdAdapter(client).GetOrderAsync(bed.Token, new PlatformListing(partial.OrderId, partial.Modified, partial.Created, partial.MappedStatus.State));

        Assert.False(partial.IsComplete);
        Assert.Null(partial.Items);
        Assert.Equal(3, update.Order.Lines.Length);
        Assert.Equal(1, (await bed.CallsAsync()).ByMethod["jingdong.pop.order.get"]);
    }

    [Fact]
    public async Task Times_round_trip_through_GMT_plus_8_as_the_same_instants()
    {
        await using var bed = await JdTestBed.StartAsync();
        // 23:30:05 in China is 15:30:05 UTC the same day; a client that wrote UTC as if it were China
        // time would look eight hours off and miss it.
        var modified = new DateTimeOffset(2024, 3, 10, 23, 30, 5, JdOrders.China);
        await bed.SeedAsync([JdOrders.Paid(42, modified)]);
        var client = bed.Client();

        var order = await client.GetOrderAsync(bed.Token, "42");
        var utcWindow = new PullWindow(new DateTimeOffset(2024, 3, 10, 15, 0, 0, TimeSpan.Zero), new DateTimeOffset(2024, 3, 10, 16, 0, 0, TimeSpan.Zero));
        var inUtcWindow = await client.SearchAsync(bed.Token, utcWindow, JdDateType.Modified, 1);
        var eightHoursLate = new PullWindow(utcWindow.Start.AddHours(8), utcWindow.End.AddHours(8));
        var inLateWindow = await client.SearchAsync(bed.Token, eightHoursLate, JdDateType.Modified, 1);

        Assert.Equal(new DateTimeOffset(2024, 3, 10, 15, 30, 5, TimeSpan.Zero), order.Modified.ToUniversalTime());
        Assert.Equal("42", Assert.Single(inUtcWindow.Orders).OrderId);
        Assert.Empty(inLateWindow.Orders);
    }

    [Fact]
    public async Task Cash_on_delivery_without_a_payment_time_is_paid_at_its_modified_time()
    {
        await using var bed = await JdTestBed.StartAsync();
        await bed.SeedAsync([JdOrders.Paid(9, Modified) with { PaidAt = null }]);

        var order = await bed.Client().GetOrderAsync(bed.Token, "9");

        Assert.Null(order.PaidAt);
        Assert.Equal(Modified, order.ToUpdate().Order.PaidAt);
    }

    [Fact]
    public async Task An_order_that_is_not_the_sellers_is_an_error_not_an_empty_order()
    {
        await using var bed = await JdTestBed.StartAsync();

        var error = await Assert.ThrowsAsync<JdException>(() => bed.Client().GetOrderAsync(bed.Token, "999"));

        Assert.Equal(PlatformErrorClass.Unclassified, error.ErrorClass);
        Assert.Equal("404", error.Code);
    }
}
