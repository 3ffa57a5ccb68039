using OrderActors.Domain.Channels;
using OrderActors.GrainInterfaces.Orders;
using OrderActors.Grains.Channels;
using OrderActors.Grains.Channels.Douyin;
using OrderActors.Simulators.Douyin;

namespace OrderActors.Simulators.Tests;

public sealed class DouyinOrderDetailTests
{
    private static readonly DateTimeOffset Updated = new(2024, 6, 18, 0, 0, 1, DouyinOrders.China);
    private static readonly PullWindow Window = new(Updated.AddHours(-1), Updated.AddHours(1));

    private static readonly SimDouyinOrder ThreeLines = new(
        OrderId: "6921234567890123456",
        OrderStatus: 2,
        CreateTime: Updated.AddMinutes(-2),
        UpdateTime: Updated,
        PayTime: Updated.AddMinutes(-1),
        OrderAmountFen: 123456789,                   // 1234567.89 yuan
        PayAmountFen: 123455789,
        PostAmountFen: 1000,
        Receiver: DouyinOrders.Receiver,
        Lines:
        [
            new SimDouyinSkuOrder("6921234567890123456", 3500000000000000001, 1700000000000000001, "TEA-LONGJING-250G", null, "龙井 250g", 3, 1250, 3749),
            new SimDouyinSkuOrder("6921234567890123457", 3500000000000000002, 1700000000000000002, null, "CUP-1", "茶杯", 1, 1, 1),
            new SimDouyinSkuOrder("6921234567890123458", 3500000000000000003, 1700000000000000003, "POT-1", null, "茶壶", 1, 123452039, 123452039, AfterSaleStatus: 12, RefundStatus: 3),
        ]);

    [Fact]
    public async Task The_detail_has_the_lines_the_ciphertext_address_and_every_amount_in_fen_exactly()
    {
        await using var bed = await DouyinTestBed.StartAsync();
        await bed.SeedAsync([ThreeLines]);

        var order = await bed.Client().GetOrderDetailAsync(bed.Session.AccessToken, ThreeLines.OrderId);

        Assert.Equal(ThreeLines.OrderId, order.OrderId);
        Assert.Equal(2, order.OrderStatus);
        Assert.Equal(Updated, order.UpdateTime);
        Assert.Equal(ThreeLines.CreateTime, order.CreateTime);
        Assert.Equal(ThreeLines.PayTime, order.PayTime);
        Assert.Equal(123456789, order.OrderAmountFen);
        Assert.Equal(123455789, order.PayAmountFen);
        Assert.Equal(1000, order.PostAmountFen);
        var r = DouyinOrders.Receiver;
        Assert.Equal(
            new DouyinReceiver(
                DouyinCiphertext.Name(r.Name), DouyinCiphertext.Phone(r.Tel), "浙江省", "杭州市", "西湖区", "西溪街道",
                DouyinCiphertext.Detail(r.Detail), "韩**", "139****9000"),
            order.Receiver);
        Assert.DoesNotContain(r.Tel, order.Receiver!.Phone, StringComparison.Ordinal);
        Assert.Equal(
            [
                new DouyinSkuOrder("6921234567890123456", 3500000000000000001, 1700000000000000001, "TEA-LONGJING-250G", null, null, "龙井 250g", 3, 1250, 3750, 3749, 2, 0, 0),
                new DouyinSkuOrder("6921234567890123457", 3500000000000000002, 1700000000000000002, null, "CUP-1", null, "茶杯", 1, 1, 1, 1, 2, 0, 0),
                new DouyinSkuOrder("6921234567890123458", 3500000000000000003, 1700000000000000003, "POT-1", null, null, "茶壶", 1, 123452039, 123452039, 123452039, 2, 12, 3),
            ],
            order.Lines);
        Assert.Equal(["TEA-LONGJING-250G", "CUP-1", "POT-1"], order.Lines.Select(l => l.SellerSku));
        Assert.Equal(PlatformRefundState.Refunded, order.Lines[2].MappedAfterSale.State);
    }

    [Fact]
    public async Task The_update_the_order_grain_gets_uses_seller_codes_unit_prices_region_names_and_leaves_the_refunded_line_out()
    {
        await using var bed = await DouyinTestBed.StartAsync();
        await bed.SeedAsync([ThreeLines]);
        var adapter = bed.Adapter();

        var listing = Assert.Single((await adapter.ListModifiedAsync(bed.Session.AccessToken, Window, 1)).Orders);
        var fromDetail = await adapter.GetOrderAsync(bed.Session.AccessToken, listing with { Full = null });

        Assert.Equal(ThreeLines.OrderId, listing.PlatformOrderId);
        Assert.Equal(Updated, listing.ModifiedAt);
        Assert.Equal(ThreeLines.CreateTime, listing.CreatedAt);
        Assert.Equal(PlatformOrderState.Paid, listing.State);
        var update = Assert.IsType<PlatformOrderUpdate>(listing.Full);
        Assert.Equal(Updated, update.ModifiedAt);
        Assert.Equal("Paid", update.State);
        Assert.Equal("2", update.RawStatus);
        Assert.Equal([new OrderLine("TEA-LONGJING-250G", 3, 1250), new OrderLine("CUP-1", 1, 1)], update.Order.Lines.ToArray());
        var r = DouyinOrders.Receiver;
        Assert.Equal(
            new ShippingAddress(DouyinCiphertext.Name(r.Name), DouyinCiphertext.Phone(r.Tel), "浙江省", "杭州市", "西湖区", DouyinCiphertext.Detail(r.Detail)),
            update.Order.Address);
        Assert.Equal(ThreeLines.PayTime, update.Order.PaidAt);
        Assert.Equal(ShortfallPolicy.Backorder, update.Order.OnShortfall);
        Assert.Equal(update.Order.Lines.ToArray(), fromDetail.Order.Lines.ToArray());
        Assert.Equal(update with { Order = fromDetail.Order }, fromDetail);
    }

    [Theory]
    [InlineData(1, 0, 0, "AwaitingPayment")]
    [InlineData(105, 0, 0, "Paid")]
    [InlineData(2, 6, 1, "RefundRequested")]
    [InlineData(3, 7, 1, "RefundRequested")]
    [InlineData(2, 28, 1, "Paid")]                   // the buyer withdrew: refund_status stays 1
    [InlineData(3, 12, 3, "Refunded")]
    [InlineData(101, 0, 0, "PartiallyShipped")]
    [InlineData(4, 6, 1, "Cancelled")]
    [InlineData(5, 0, 0, "Completed")]
    [InlineData(106, 0, 0, "Unknown")]
    public async Task Order_status_and_after_sale_map_to_the_state_the_order_acts_on(long orderStatus, long afterSale, long refund, string expected)
    {
        await using var bed = await DouyinTestBed.StartAsync();
        await bed.SeedAsync([DouyinOrders.Paid(5, Updated)]);
        await bed.ChangeAsync(DouyinOrders.Id(5), new SimDouyinOrderChange(orderStatus, afterSale, refund, Updated.AddMinutes(1)));
        var adapter = bed.Adapter();

        var listing = Assert.Single((await adapter.ListModifiedAsync(bed.Session.AccessToken, Window, 1)).Orders);
        var update = await adapter.GetOrderAsync(bed.Session.AccessToken, listing with { Full = null });

        Assert.Equal(expected, listing.State.ToString());
        Assert.Equal(expected, update.State);
        Assert.Equal(orderStatus.ToString(System.Globalization.CultureInfo.InvariantCulture), update.RawStatus);
    }

    [Fact]
    public async Task An_order_the_list_shows_partly_is_read_again_with_orderDetail()
    {
        await using var bed = await DouyinTestBed.StartAsync();
        await bed.SeedAsync([DouyinOrders.Paid(1, Updated), DouyinOrders.Paid(2, Updated.AddSeconds(1)) with { ListOmitsDetail = true }]);
        var adapter = bed.Adapter();

        var listings = (await adapter.ListModifiedAsync(bed.Session.AccessToken, Window, 1)).Orders;
        var updates = new List<PlatformOrderUpdate>();
        foreach (var listing in listings)
        {
            updates.Add(await adapter.GetOrderAsync(bed.Session.AccessToken, listing));
        }

        Assert.NotNull(listings.Single(l => l.PlatformOrderId == DouyinOrders.Id(1)).Full);
        Assert.Null(listings.Single(l => l.PlatformOrderId == DouyinOrders.Id(2)).Full);
        Assert.All(updates, u => Assert.Equal("TEA-LONGJING-250G", Assert.Single(u.Order.Lines).Sku));
        Assert.All(updates, u => Assert.Equal("浙江省", u.Order.Address.Province));
        Assert.Equal(1, (await bed.CallsAsync()).ByMethod["order.orderDetail"]);
    }

    [Fact]
    public async Task With_AlwaysReadDetail_every_listed_order_is_read_again()
    {
        await using var bed = await DouyinTestBed.StartAsync();
        await bed.SeedAsync([DouyinOrders.Paid(1, Updated), DouyinOrders.Paid(2, Updated.AddSeconds(1))]);
        var adapter = bed.Adapter(alwaysReadDetail: true);

        var listings = (await adapter.ListModifiedAsync(bed.Session.AccessToken, Window, 1)).Orders;
        foreach (var listing in listings)
        {
            await adapter.GetOrderAsync(bed.Session.AccessToken, listing);
        }

        Assert.All(listings, l => Assert.Null(l.Full));
        Assert.Equal(2, (await bed.CallsAsync()).ByMethod["order.orderDetail"]);
    }

    [Fact]
    public async Task An_order_that_is_not_the_shops_is_an_error_not_an_empty_order()
    {
        await using var bed = await DouyinTestBed.StartAsync();

        var error = await Assert.ThrowsAsync<DouyinException>(() => bed.Client().GetOrderDetailAsync(bed.Session.AccessToken, "6929999999999999999"));

        Assert.Equal("50002", error.Code);
        Assert.Equal(PlatformErrorClass.Unclassified, error.ErrorClass);
    }

    [Fact]
    public async Task Reconciliation_counts_a_week_by_create_time_in_day_ranges_each_order_once()
    {
        await using var bed = await DouyinTestBed.StartAsync();
        var weekStart = new DateTimeOffset(2024, 6, 10, 0, 0, 0, DouyinOrders.China);
        var week = new PullWindow(weekStart, weekStart.AddDays(7));
        // Created every 40 minutes across the week (252, one exactly on a day boundary), one more inside, one just outside.
        var created = Enumerable.Range(0, 252).Select(i => DouyinOrders.Paid(i, weekStart.AddMinutes(i * 40).AddMinutes(30))).ToList();
        var extra = DouyinOrders.Paid(900, weekStart.AddDays(3).AddHours(5));
        var outside = DouyinOrders.Paid(901, week.End.AddMinutes(31));
        await bed.SeedAsync([.. created, extra, outside]);

        var counted = await bed.Adapter().ListCreatedAsync(bed.Session.AccessToken, week);

        Assert.Equal(253, counted.Count);
        Assert.Equal(counted.Count, counted.Select(l => l.PlatformOrderId).Distinct().Count());
        Assert.Contains(counted, l => l.CreatedAt == weekStart.AddDays(1));
        Assert.DoesNotContain(counted, l => l.PlatformOrderId == DouyinOrders.Id(901));
        Assert.All(counted, l => Assert.Null(l.Full));
        Assert.True((await bed.CallsAsync()).ByMethod["order.searchList"] >= 7);
    }
}
