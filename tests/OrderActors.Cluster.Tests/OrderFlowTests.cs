using OrderActors.GrainInterfaces.Inventory;
using OrderActors.GrainInterfaces.Orders;
using OrderActors.GrainInterfaces.Tracking;
using OrderActors.Testing;

namespace OrderActors.Cluster.Tests;

[Collection(ClusterCollection.Name)]
public sealed class OrderFlowTests(ClusterFixture fixture)
{
    private IOrderGrain Order(string id) => fixture.Client.GetGrain<IOrderGrain>(id);

    private IStockCellGrain Cell(string sku, string warehouse) => fixture.Client.GetGrain<IStockCellGrain>($"{sku}@{warehouse}");

    [Fact]
    public async Task An_order_goes_from_submit_to_completed_and_the_tracking_timeline_shows_the_same_statuses_in_order()
    {
        var sku = $"FLOW-{Guid.NewGuid():N}"[..20];
        await fixture.Stock(sku, "WH-BJ", 10);
        await fixture.Stock(sku, "WH-GZ", 10);
        var id = Orders.NewId();

        var submitted = await Order(id).Submit(Orders.For(sku, 2, province: "广东省"));
        Assert.Equal(SubmitOutcome.Accepted, submitted.Outcome);
        Assert.Equal(OrderStatus.Allocated, submitted.Order!.Status);
        Assert.Equal("WH-GZ", submitted.Order.Warehouse);

        await Order(id).RecordOutboundScan("scan-1", "packer-7");
        var shipped = await Order(id).BindWaybill("SF", "SF1234567890");
        Assert.Equal(OrderStatus.Shipped, shipped.Order!.Status);
        await Order(id).ConfirmDelivery(DateTimeOffset.UtcNow, "carrier");
        var completed = await Order(id).Complete("customer-service");

        OrderStatus[] expected = [OrderStatus.Paid, OrderStatus.Allocated, OrderStatus.Outbound, OrderStatus.Shipped, OrderStatus.Delivered, OrderStatus.Completed];
        Assert.Equal(expected, completed.Order!.History.Select(h => h.Status));
        Assert.Equal([1, 2, 3, 4, 5, 6], completed.Order.History.Select(h => h.Version));

        var timeline = await Eventually.Until(
            () => fixture.Client.GetGrain<ITrackingGrain>(id).GetTimeline(),
            t => t.Steps.Length == expected.Length);
        Assert.Equal(expected, timeline.Steps.Select(s => s.Status));
        Assert.Equal(completed.Order.History.Select(h => (h.Version, h.At)), timeline.Steps.Select(s => (s.Version, s.At)));
    }

    [Fact]
    public async Task The_router_prefers_the_destination_province_and_falls_back_to_any_warehouse_with_stock()
    {
        var sku = $"ROUTE-{Guid.NewGuid():N}"[..20];
        await fixture.Stock(sku, "WH-BJ", 1);
        await fixture.Stock(sku, "WH-SH", 5);

        var local = await Order(Orders.NewId()).Submit(Orders.For(sku, 1, province: "Beijing"));
        var fallback = await Order(Orders.NewId()).Submit(Orders.For(sku, 1, province: "Beijing"));

        Assert.Equal("WH-BJ", local.Order!.Warehouse);
        Assert.Equal("WH-SH", fallback.Order!.Warehouse);
        Assert.Equal(0, (await Cell(sku, "WH-BJ").Get()).Available);
        Assert.Equal(1, (await Cell(sku, "WH-SH").Get()).Reserved);
    }

    [Fact]
    public async Task Shipping_waits_for_both_the_waybill_and_the_outbound_scan_then_deducts_stock()
    {
        var sku = $"SHIP-{Guid.NewGuid():N}"[..20];
        await fixture.Stock(sku, "WH-SH", 10);
        var id = Orders.NewId();
        await Order(id).Submit(Orders.For(sku, 3, province: "上海"));

        var waybillOnly = await Order(id).BindWaybill("ZTO", "ZT777");
        Assert.Equal(OrderStatus.Allocated, waybillOnly.Order!.Status);
        Assert.Equal((10, 3), ((await Cell(sku, "WH-SH").Get()).OnHand, (await Cell(sku, "WH-SH").Get()).Reserved));

        var scanned = await Order(id).RecordOutboundScan("scan-9", "packer-1");
        Assert.Equal(OrderStatus.Shipped, scanned.Order!.Status);
        var cell = await Cell(sku, "WH-SH").Get();
        Assert.Equal((7, 0), (cell.OnHand, cell.Reserved));

        var again = await Order(id).RecordOutboundScan("scan-9", "packer-1");
        Assert.False(again.Applied);
        Assert.Equal(7, (await Cell(sku, "WH-SH").Get()).OnHand);
    }

    [Fact]
    public async Task Cancelling_releases_the_reservation_once_and_is_refused_after_the_parcel_left()
    {
        var sku = $"CANCEL-{Guid.NewGuid():N}"[..20];
        await fixture.Stock(sku, "WH-GZ", 4);
        var id = Orders.NewId();
        await Order(id).Submit(Orders.For(sku, 4));
        Assert.Equal(0, (await Cell(sku, "WH-GZ").Get()).Available);

        var cancelled = await Order(id).Cancel("customer changed mind", "cs-agent");
        var again = await Order(id).Cancel("customer changed mind", "cs-agent");

        Assert.True(cancelled.Applied);
        Assert.Equal(OrderStatus.Cancelled, cancelled.Order!.Status);
        Assert.False(again.Applied);
        Assert.Null(again.Rejection);
        Assert.Equal((4, 0), ((await Cell(sku, "WH-GZ").Get()).Available, (await Cell(sku, "WH-GZ").Get()).Reserved));

        var shippedId = Orders.NewId();
        await Order(shippedId).Submit(Orders.For(sku, 1));
        await Order(shippedId).RecordOutboundScan("scan-x", "packer");
        var refused = await Order(shippedId).Cancel("too late", "cs-agent");
        Assert.Equal("AlreadyLeftWarehouse", refused.Rejection);
        Assert.Equal(OrderStatus.Outbound, refused.Order!.Status);
    }

    [Fact]
    public async Task A_reused_id_with_different_content_is_a_conflict_and_changes_nothing()
    {
        var sku = $"IDEM-{Guid.NewGuid():N}"[..20];
        await fixture.Stock(sku, "WH-GZ", 10);
        var id = Orders.NewId();
        var first = await Order(id).Submit(Orders.For(sku, 1));
        var replay = await Order(id).Submit(Orders.For(sku, 1));
        var conflict = await Order(id).Submit(Orders.For(sku, 2));

        Assert.Equal(SubmitOutcome.Accepted, first.Outcome);
        Assert.True(replay.Replayed);
        Assert.Equal(first.Order!.History.AsEnumerable(), replay.Order!.History.AsEnumerable());
        Assert.Equal(SubmitOutcome.IdempotencyConflict, conflict.Outcome);
        Assert.Equal(1, (await Cell(sku, "WH-GZ").Get()).Reserved);
    }

    [Fact]
    public async Task Invalid_submissions_record_nothing()
    {
        var sku = $"INV-{Guid.NewGuid():N}"[..20];
        await fixture.Stock(sku, "WH-GZ", 10);

        var unknownSku = Orders.NewId();
        var badProvince = Orders.NewId();
        var r1 = await Order(unknownSku).Submit(Orders.For("NO-SUCH-SKU", 1));
        var r2 = await Order(badProvince).Submit(Orders.For(sku, 1, province: "Atlantis", city: "Poseidonia"));

        Assert.Equal(("UnknownSku", SubmitOutcome.Invalid), (r1.Reason, r1.Outcome));
        Assert.Equal(("UnresolvableAddress", SubmitOutcome.Invalid), (r2.Reason, r2.Outcome));
        Assert.Null(await Order(unknownSku).Get());
        Assert.Null(await Order(badProvince).Get());
        Assert.Equal(0, (await Cell(sku, "WH-GZ").Get()).Reserved);
    }

    [Fact]
    public async Task With_the_backorder_policy_an_unservable_order_stays_paid_and_flagged()
    {
        var sku = $"BACK-{Guid.NewGuid():N}"[..20];
        await fixture.Stock(sku, "WH-GZ", 1);

        var result = await Order(Orders.NewId()).Submit(Orders.For(sku, 5, onShortfall: ShortfallPolicy.Backorder));

        Assert.Equal(SubmitOutcome.Accepted, result.Outcome);
        Assert.Equal(OrderStatus.Paid, result.Order!.Status);
        Assert.True(result.Order.Backordered);
        Assert.Equal(0, (await Cell(sku, "WH-GZ").Get()).Reserved);
    }

    [Fact]
    public async Task An_unpaid_order_holds_its_stock_from_checkout_and_is_allocated_when_paid()
    {
        var sku = $"PAY-{Guid.NewGuid():N}"[..20];
        await fixture.Stock(sku, "WH-GZ", 3);
        var id = Orders.NewId();

        var created = await Order(id).Submit(Orders.For(sku, 1) with { PaidAt = null });
        Assert.Equal(OrderStatus.Created, created.Order!.Status);
        Assert.NotNull(created.Order.PaymentDueAt);
        Assert.Equal(1, (await Cell(sku, "WH-GZ").Get()).Reserved);

        var paid = await Order(id).Pay(DateTimeOffset.UtcNow);
        Assert.Equal([OrderStatus.Created, OrderStatus.Paid, OrderStatus.Allocated], paid.Order!.History.Select(h => h.Status));
        Assert.Null(paid.Order.PaymentDueAt);
        Assert.Equal(1, (await Cell(sku, "WH-GZ").Get()).Reserved);
    }
}
