using OrderActors.Domain.Channels;
using OrderActors.GrainInterfaces.Orders;
using OrderActors.Grains.Channels;
using OrderActors.Grains.Channels.WebStore;
using OrderActors.Simulators.WebStore;

namespace OrderActors.Simulators.Tests;

public sealed class WebStoreMappingTests
{
    private static readonly DateTimeOffset At = new(2024, 6, 18, 0, 0, 1, WebOrders.China);
    private static readonly PullWindow Window = new(At.AddHours(-1), At.AddHours(1));

    [Fact]
    public async Task A_listed_order_carries_the_whole_order_lines_amounts_in_fen_address_as_sent_and_its_version()
    {
        await using var bed = await WebStoreTestBed.StartAsync();
        var updated = At.AddTicks(1_234_567);                     // sub-second updated_at survives the wire exactly
        var order = new SimWebOrder(
            Id: "WS-20240618-0001",
            Status: "paid",
            CreatedAt: At.AddMinutes(-2),
            UpdatedAt: updated,
            PaidAt: At.AddMinutes(-1),
            Lines:
            [
                new SimWebLine("TEA-LONGJING-250G", 3, 1250, "龙井 250g"),
                new SimWebLine("CUP", 1, 1, "Tea cup"),
                new SimWebLine("POT-1", 1, 123452039, "Teapot"),
            ],
            ShippingAddress: new SimWebAddress("韩梅梅", "13900139000", "浙江省", "杭州市", "西湖区", "龙井路1号 3幢"),
            ShippingFen: 1000);
        await bed.SeedAsync([order]);

        var listing = Assert.Single((await bed.Adapter().ListModifiedAsync(bed.Session.AccessToken, Window, 1)).Orders);

        Assert.Equal(("WS-20240618-0001", updated, At.AddMinutes(-2), PlatformOrderState.Paid), (listing.PlatformOrderId, listing.ModifiedAt, listing.CreatedAt, listing.State));
        var full = Assert.IsType<PlatformOrderUpdate>(listing.Full);
        Assert.Equal((updated, "Paid", "paid"), (full.ModifiedAt, full.State, full.RawStatus));
        Assert.Equal(
            [new OrderLine("TEA-LONGJING-250G", 3, 1250), new OrderLine("CUP", 1, 1), new OrderLine("POT-1", 1, 123452039)],
            full.Order.Lines.ToArray());
        Assert.Equal(new ShippingAddress("韩梅梅", "13900139000", "浙江省", "杭州市", "西湖区", "龙井路1号 3幢"), full.Order.Address);
        Assert.Equal(At.AddMinutes(-1), full.Order.PaidAt);
        Assert.Equal(ShortfallPolicy.Backorder, full.Order.OnShortfall);
        Assert.Same(full, await bed.Adapter().GetOrderAsync(bed.Session.AccessToken, listing));
        Assert.Equal(1, (await bed.CallsAsync()).Total);                      // no detail call: the list is the order
    }

    [Theory]
    [InlineData("pending_payment", PlatformOrderState.AwaitingPayment, false)]
    [InlineData("paid", PlatformOrderState.Paid, true)]
    [InlineData("on_hold", PlatformOrderState.OnHold, true)]
    [InlineData("partially_shipped", PlatformOrderState.PartiallyShipped, true)]
    [InlineData("shipped", PlatformOrderState.Shipped, true)]
    [InlineData("delivered", PlatformOrderState.Delivered, true)]
    [InlineData("completed", PlatformOrderState.Completed, true)]
    [InlineData("cancelled", PlatformOrderState.Cancelled, false)]
    [InlineData("refund_requested", PlatformOrderState.RefundRequested, true)]
    [InlineData("refunded", PlatformOrderState.Closed, true)]
    [InlineData("lost_in_space", PlatformOrderState.Unknown, false)]
    public async Task Every_status_maps_with_the_raw_value_kept(string status, PlatformOrderState expected, bool paid)
    {
        await using var bed = await WebStoreTestBed.StartAsync();
        await bed.SeedAsync([WebOrders.Paid("W1", At) with { Status = status, PaidAt = paid ? At.AddMinutes(-5) : null }]);

        var listing = Assert.Single((await bed.Adapter().ListModifiedAsync(bed.Session.AccessToken, Window, 1)).Orders);

        Assert.Equal(expected, listing.State);
        Assert.Equal((expected.ToString(), status), (listing.Full!.State, listing.Full.RawStatus));
        Assert.Equal(paid ? At.AddMinutes(-5) : null, listing.Full.Order.PaidAt);
    }

    [Fact]
    public async Task An_order_read_by_id_maps_like_a_listed_one_and_an_unknown_id_is_order_not_found()
    {
        await using var bed = await WebStoreTestBed.StartAsync();
        await bed.SeedAsync([WebOrders.Paid("W7", At, quantity: 2)]);
        var adapter = bed.Adapter();

        var read = await adapter.GetOrderAsync(bed.Session.AccessToken, new PlatformListing("W7", At, null, PlatformOrderState.Paid));
        var missing = await Assert.ThrowsAsync<WebStoreException>(() =>
            adapter.GetOrderAsync(bed.Session.AccessToken, new PlatformListing("W404", At, null, PlatformOrderState.Paid)));

        Assert.Equal(new OrderLine("TEA-LONGJING-250G", 2, 16800), Assert.Single(read.Order.Lines));
        Assert.Equal(At, read.ModifiedAt);
        Assert.Equal(("order_not_found", PlatformErrorClass.Permanent, 404), (missing.Code, missing.ErrorClass, missing.HttpStatus));
        Assert.NotNull(missing.RequestId);
    }
}
