using OrderActors.GrainInterfaces;
using OrderActors.GrainInterfaces.Inventory;
using OrderActors.GrainInterfaces.Orders;
using OrderActors.GrainInterfaces.Pool;
using OrderActors.Testing;

namespace OrderActors.Cluster.Tests;

[Collection(ClusterCollection.Name)]
public sealed class AllocationTests(ClusterFixture fixture)
{
    private IOrderGrain Order(string id) => fixture.Client.GetGrain<IOrderGrain>(id);

    private IStockCellGrain Cell(string sku, string warehouse) => fixture.Client.GetGrain<IStockCellGrain>($"{sku}@{warehouse}");

    private static string NewSku(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..20];

    [Fact]
    public async Task The_pool_shows_a_stock_change_within_a_second()
    {
        var sku = NewSku("POOL");
        await fixture.Stock(sku, "WH-SH", 10);
        var pool = fixture.Client.GetGrain<IInventoryPoolGrain>(sku);
        await Eventually.Until(pool.Get, p => p.Available == 10, TimeSpan.FromSeconds(5));

        await Cell(sku, "WH-SH").SetStock(25, 2);
        var view = await Eventually.Until(pool.Get, p => p.Available == 23, TimeSpan.FromSeconds(1));

        Assert.Equal(23, view.Available);
        Assert.Equal((25, 2), (view.Cells.Single(c => c.Warehouse == "WH-SH").OnHand, view.Cells.Single(c => c.Warehouse == "WH-SH").SafetyStock));
    }

    [Fact]
    public async Task Every_decision_is_logged_with_its_candidates_and_answers_why_the_order_went_there()
    {
        var sku = NewSku("WHY");
        await fixture.Stock(sku, "WH-SH", 10);
        await fixture.Stock(sku, "WH-GZ", 1);
        var id = Orders.NewId();

        await Order(id).Submit(Orders.For(sku, 2, province: "浙江", city: "杭州"));
        var decisions = await fixture.Client.GetGrain<IReadModelGrain>(0).Decisions(id);

        var decision = Assert.Single(decisions);
        Assert.Equal(("Allocated", "330000", "330100"), (decision.Outcome, decision.DestinationProvince, decision.DestinationCity));
        Assert.Equal("WH-SH", decision.Packages.Single().Warehouse);
        Assert.Equal(["WH-BJ", "WH-GZ", "WH-SH"], decision.Candidates.Select(c => c.Warehouse).Order());
        var gz = decision.Candidates.Single(c => c.Warehouse == "WH-GZ");
        Assert.Equal("2 needed, 1 available", gz.Shortfalls[sku]);
        Assert.True(decision.Candidates.Single(c => c.Warehouse == "WH-SH").Chosen);
        Assert.Equal(decision.Criteria, decision.Candidates[0].Scores.Select(s => s.Criterion));
    }

    [Fact]
    public async Task An_order_no_single_warehouse_can_serve_ships_in_two_packages_and_cancel_releases_both()
    {
        var tea = NewSku("SPLIT-A");
        var mug = NewSku("SPLIT-B");
        await fixture.Stock(tea, "WH-SH", 5);
        await fixture.Stock(mug, "WH-GZ", 5);
        var id = Orders.NewId();
        var order = new SubmitOrder([new OrderLine(tea, 1, 100), new OrderLine(mug, 2, 100)], Orders.Address("浙江"), DateTimeOffset.UtcNow, ShortfallPolicy.Reject);

        var result = await Order(id).Submit(order);

        Assert.Equal(OrderStatus.Allocated, result.Order!.Status);
        Assert.Equal(["WH-GZ", "WH-SH"], result.Order.Packages.Select(p => p.Warehouse).Order());
        Assert.Equal((1, 2), ((await Cell(tea, "WH-SH").Get()).Reserved, (await Cell(mug, "WH-GZ").Get()).Reserved));

        await Order(id).Cancel("test", "cs");
        Assert.Equal((0, 0), ((await Cell(tea, "WH-SH").Get()).Reserved, (await Cell(mug, "WH-GZ").Get()).Reserved));
    }

    [Fact]
    public async Task A_frozen_cell_is_skipped_its_freeze_is_an_event_and_rerouting_moves_an_order_off_it()
    {
        var sku = NewSku("FRZ");
        await fixture.Stock(sku, "WH-SH", 10);
        await fixture.Stock(sku, "WH-GZ", 10);
        var id = Orders.NewId();
        var first = await Order(id).Submit(Orders.For(sku, 1, province: "上海"));
        Assert.Equal("WH-SH", first.Order!.Warehouse);

        var frozen = await Cell(sku, "WH-SH").SetFrozen(true, "ops-lead", "stock count");
        Assert.True(frozen.Cell.ManuallyFrozen);
        await Eventually.Until(() => fixture.Client.GetGrain<IInventoryPoolGrain>(sku).Get(), p => p.Cells.Single(c => c.Warehouse == "WH-SH").Frozen);

        var rerouted = await Order(id).Reroute("ops-lead", "Shanghai stock count");
        Assert.Equal("WH-GZ", rerouted.Order!.Warehouse);
        Assert.Equal([OrderStatus.Paid, OrderStatus.Allocated, OrderStatus.Paid, OrderStatus.Allocated], rerouted.Order.History.Select(h => h.Status));
        Assert.Equal((0, 1), ((await Cell(sku, "WH-SH").Get()).Reserved, (await Cell(sku, "WH-GZ").Get()).Reserved));

        var events = await fixture.Client.GetGrain<IReadModelGrain>(0).InventoryEvents(sku, null, 10);
        Assert.Contains(events, e => e.Kind == "Frozen" && e.Warehouse == "WH-SH" && e.Reason.Contains("ops-lead", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reaching_safety_stock_freezes_the_cell_and_replenishing_unfreezes_it_visibly()
    {
        var sku = NewSku("SAFE");
        await fixture.Stock(sku, "WH-BJ", 5, safetyStock: 2);

        await Order(Orders.NewId()).Submit(Orders.For(sku, 3, province: "北京"));
        Assert.True((await Cell(sku, "WH-BJ").Get()).Frozen);
        await Cell(sku, "WH-BJ").SetStock(20, 2);

        var events = await Eventually.Until(
            () => fixture.Client.GetGrain<IReadModelGrain>(0).InventoryEvents(sku, "WH-BJ", 10), e => e.Length == 2);
        Assert.Equal(["Unfrozen", "Frozen"], events.Select(e => e.Kind));
        Assert.Contains("reached safety stock 2", events[1].Reason);
    }

    [Fact]
    public async Task An_unpaid_order_gives_its_stock_back_when_the_payment_timeout_passes()
    {
        var sku = NewSku("TTL");
        await fixture.Stock(sku, "WH-GZ", 2);
        var id = Orders.NewId();

        await Order(id).Submit(Orders.For(sku, 2) with { PaidAt = null });
        Assert.Equal(2, (await Cell(sku, "WH-GZ").Get()).Reserved);

        var order = await Eventually.Until(() => Order(id).Get(), o => o!.Status == OrderStatus.Cancelled, TimeSpan.FromSeconds(60));
        Assert.Equal(OrderStatus.Cancelled, order!.Status);
        Assert.StartsWith("Payment timeout", order.CancelReason);
        Assert.Equal(0, (await Cell(sku, "WH-GZ").Get()).Reserved);
    }

    [Fact]
    public async Task The_reconciler_releases_reservations_no_order_needs_and_keeps_the_rest()
    {
        var sku = NewSku("RECON");
        await fixture.Stock(sku, "WH-SH", 10);
        var live = Orders.NewId();
        await Order(live).Submit(Orders.For(sku, 2, province: "上海"));
        var ghost = Orders.NewId("ghost");
        Assert.True((await Cell(sku, "WH-SH").Reserve(ghost, 3)).Succeeded);

        var report = await fixture.Client.GetGrain<IReservationReconcilerGrain>(OrleansNames.ReconcilerKey).Run();

        var released = Assert.Single(report.Released, r => r.Cell == $"{sku}@WH-SH");
        Assert.Equal((ghost, 3, "the order was never recorded"), (released.OrderId, released.Quantity, released.Reason));
        var cell = await Cell(sku, "WH-SH").Get();
        Assert.Equal((2, 1), (cell.Reserved, cell.OpenReservations));
        var last = await fixture.Client.GetGrain<IReservationReconcilerGrain>(OrleansNames.ReconcilerKey).LastReport();
        Assert.Equal((report.StartedAt, report.Released.Length), (last!.StartedAt, last.Released.Length));
    }
}
