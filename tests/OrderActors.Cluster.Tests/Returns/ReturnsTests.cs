using System.Collections.Immutable;
using Npgsql;
using OrderActors.GrainInterfaces.Inventory;
using OrderActors.GrainInterfaces.Orders;
using OrderActors.GrainInterfaces.Pool;
using OrderActors.GrainInterfaces.Returns;
using OrderActors.Testing;

namespace OrderActors.Cluster.Tests.Returns;

/// <summary>Returns through the cluster: checked against the order, QC booked in the stock cells, visible to routing and the pool.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ReturnsTests(ClusterFixture fixture)
{
    private IOrderGrain Order(string id) => fixture.Client.GetGrain<IOrderGrain>(id);

    private IReturnGrain Return(string id) => fixture.Client.GetGrain<IReturnGrain>(id);

    private IStockCellGrain Cell(string sku, string warehouse) => fixture.Client.GetGrain<IStockCellGrain>($"{sku}@{warehouse}");

    private static string NewSku(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..20];

    /// <summary>An order of <paramref name="units"/> that shipped from Guangzhou, which is then out of the SKU.</summary>
    private async Task<string> ShippedOrder(string sku, int units)
    {
        await fixture.Stock(sku, "WH-GZ", units);
        var id = Orders.NewId("ret");
        var submitted = await Order(id).Submit(Orders.For(sku, units, "440000"));
        Assert.Equal(SubmitOutcome.Accepted, submitted.Outcome);
        Assert.Equal("WH-GZ", submitted.Order!.Warehouse);
        Assert.False((await Order(id).RecordOutboundScan($"scan-{Guid.NewGuid():N}", "packer")).Refused);
        var shipped = await Order(id).BindWaybill("SF", $"SF{Random.Shared.NextInt64(1_000_000_000, 9_999_999_999)}");
        Assert.Equal(OrderStatus.Shipped, shipped.Order!.Status);
        Assert.Equal(0, (await Cell(sku, "WH-GZ").Get()).OnHand);
        return id;
    }

    private Task<ReturnCommandResult> Open(string orderId, string sku, int units, string? requestId = null, string? platformReturnId = null) =>
        fixture.Client.GetGrain<IOrderReturnsGrain>(orderId).Create(new CreateReturn(
            orderId, requestId ?? Guid.NewGuid().ToString("N"), platformReturnId is null ? ReturnSource.Operator : ReturnSource.Marketplace,
            platformReturnId, [new ReturnLine(sku, units)], ReturnReason.NoReason, "changed my mind", "csr-li"));

    private async Task<string> Received(string orderId, string sku, int units, string warehouse)
    {
        var opened = await Open(orderId, sku, units);
        Assert.True(opened.Applied, opened.Detail);
        var received = await Return(opened.Return!.Id).Receive(warehouse, "dock-wang");
        Assert.Equal(ReturnStatus.Received, received.Return!.Status);
        return opened.Return.Id;
    }

    [Fact]
    public async Task Units_that_pass_qc_are_routable_for_the_next_order_and_the_pool_shows_them()
    {
        var sku = NewSku("RET-OK");
        var orderId = await ShippedOrder(sku, 2);
        Assert.Equal(0, (await Cell(sku, "WH-BJ").Get()).OnHand);
        var returnId = await Received(orderId, sku, 2, "WH-BJ");

        var qc = await Return(returnId).RecordQc([new QcLine(sku, 2, 0)], "qc-zhao", "sealed, as new");

        Assert.True(qc.Applied, qc.Detail);
        Assert.Equal((ReturnStatus.QcPassed, true), (qc.Return!.Status, qc.Return.StockBooked));
        var cell = await Cell(sku, "WH-BJ").Get();
        Assert.Equal((2, 2, 0), (cell.OnHand, cell.Available, cell.Damaged));
        var pool = await Eventually.Until(
            fixture.Client.GetGrain<IInventoryPoolGrain>(sku).Get, p => p.Cells.Any(c => c.Warehouse == "WH-BJ" && c.Available == 2), TimeSpan.FromSeconds(1));
        Assert.Equal(2, pool.Cells.Single(c => c.Warehouse == "WH-BJ").Available);

        // A Guangdong order right after: Guangzhou has nothing left, so the returned units in Beijing serve it.
        var next = await Order(Orders.NewId("after-pass")).Submit(Orders.For(sku, 2, "440000"));
        Assert.Equal(SubmitOutcome.Accepted, next.Outcome);
        Assert.Equal("WH-BJ", next.Order!.Warehouse);
    }

    [Fact]
    public async Task Units_that_fail_qc_go_to_damaged_stock_and_the_next_order_is_refused()
    {
        var sku = NewSku("RET-BAD");
        var orderId = await ShippedOrder(sku, 2);
        var returnId = await Received(orderId, sku, 2, "WH-BJ");

        var qc = await Return(returnId).RecordQc([new QcLine(sku, 0, 2)], "qc-zhao", "crushed box, tea spilled");

        Assert.Equal(ReturnStatus.QcFailed, qc.Return!.Status);
        var cell = await Cell(sku, "WH-BJ").Get();
        Assert.Equal((0, 0, 2), (cell.OnHand, cell.Available, cell.Damaged));
        var next = await Order(Orders.NewId("after-fail")).Submit(Orders.For(sku, 1, "440000"));
        Assert.Equal(SubmitOutcome.Refused, next.Outcome);
        Assert.Equal("OutOfStock", next.Reason);
        var pool = await Eventually.Until(
            fixture.Client.GetGrain<IInventoryPoolGrain>(sku).Get, p => p.Available == 0 && p.Cells.Any(c => c.Warehouse == "WH-BJ"), TimeSpan.FromSeconds(1));
        Assert.Equal(0, pool.Available);
    }

    [Fact]
    public async Task A_partly_passed_return_books_both_counts_in_the_receiving_warehouse()
    {
        var sku = NewSku("RET-MIX");
        var orderId = await ShippedOrder(sku, 3);
        var returnId = await Received(orderId, sku, 3, "WH-SH");

        var qc = await Return(returnId).RecordQc([new QcLine(sku, 2, 1)], "qc-zhao", null);

        Assert.Equal(ReturnStatus.QcPartlyPassed, qc.Return!.Status);
        var cell = await Cell(sku, "WH-SH").Get();
        Assert.Equal((2, 1), (cell.OnHand, cell.Damaged));
        Assert.Equal(["Request", "Receive", "Qc"], qc.Return.History.Select(h => h.Step));
        Assert.Equal(["csr-li", "dock-wang", "qc-zhao"], qc.Return.History.Select(h => h.Actor));
    }

    [Fact]
    public async Task A_repeated_qc_call_changes_nothing_and_another_verdict_is_refused()
    {
        var sku = NewSku("RET-REP");
        var orderId = await ShippedOrder(sku, 2);
        var returnId = await Received(orderId, sku, 2, "WH-BJ");
        await Return(returnId).RecordQc([new QcLine(sku, 1, 1)], "qc-zhao", null);

        var repeat = await Return(returnId).RecordQc([new QcLine(sku, 1, 1)], "qc-zhao", null);
        var other = await Return(returnId).RecordQc([new QcLine(sku, 2, 0)], "qc-zhao", null);

        Assert.False(repeat.Applied);
        Assert.Null(repeat.Rejection);
        Assert.Equal("QcAlreadyRecorded", other.Rejection);
        var cell = await Cell(sku, "WH-BJ").Get();
        Assert.Equal((1, 1), (cell.OnHand, cell.Damaged));
        Assert.Equal(2, await JournalRows(returnId));
        var receivedAgain = await Return(returnId).Receive("WH-BJ", "dock-wang");
        Assert.Equal((false, null), (receivedAgain.Applied, receivedAgain.Rejection));
        Assert.Equal("ReturnClosed", (await Return(returnId).Receive("WH-SH", "dock-wang")).Rejection);
        Assert.Equal(3, (await Return(returnId).Get())!.History.Length);
    }

    [Fact]
    public async Task More_units_than_shipped_minus_returned_are_refused_and_a_cancel_gives_them_back()
    {
        var sku = NewSku("RET-OVR");
        var orderId = await ShippedOrder(sku, 2);
        var first = await Open(orderId, sku, 1);
        Assert.True(first.Applied);

        var over = await Open(orderId, sku, 2);
        Assert.Equal("ExceedsShipped", over.Rejection);
        Assert.Equal("SkuNotInOrder", (await Open(orderId, "NOT-ON-ORDER", 1)).Rejection);

        var cancelled = await Return(first.Return!.Id).Cancel("csr-li", "buyer kept it");
        Assert.Equal(ReturnStatus.Cancelled, cancelled.Return!.Status);
        var again = await Open(orderId, sku, 2);
        Assert.True(again.Applied, again.Detail);
        Assert.Equal($"{orderId}:R2", again.Return!.Id);
        Assert.Equal("NotReceived", (await Return(again.Return.Id).RecordQc([new QcLine(sku, 2, 0)], "qc", null)).Rejection);
    }

    [Fact]
    public async Task Returns_opened_at_the_same_time_never_claim_more_than_shipped()
    {
        var sku = NewSku("RET-RACE");
        var orderId = await ShippedOrder(sku, 3);

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Open(orderId, sku, 1)));

        Assert.Equal(3, results.Count(r => r.Applied));
        Assert.All(results.Where(r => !r.Applied), r => Assert.Equal("ExceedsShipped", r.Rejection));
        Assert.Equal(3, (await fixture.Client.GetGrain<IOrderReturnsGrain>(orderId).ReturnIds()).Length);
    }

    [Fact]
    public async Task An_order_that_has_not_shipped_or_does_not_exist_takes_no_return()
    {
        var sku = NewSku("RET-NOS");
        await fixture.Stock(sku, "WH-GZ", 5);
        var id = Orders.NewId("unshipped");
        await Order(id).Submit(Orders.For(sku, 1, "440000"));

        var refused = await Open(id, sku, 1);
        var unknown = await Open(Orders.NewId("nobody"), sku, 1);

        Assert.Equal("OrderNotShipped", refused.Rejection);
        Assert.Contains("Allocated", refused.Detail);
        Assert.Equal("UnknownOrder", unknown.Rejection);
        Assert.Empty(await fixture.Client.GetGrain<IOrderReturnsGrain>(id).ReturnIds());
    }

    [Fact]
    public async Task Creation_is_idempotent_by_request_id_and_by_platform_return_id()
    {
        var sku = NewSku("RET-IDM");
        var orderId = await ShippedOrder(sku, 2);

        var first = await Open(orderId, sku, 1, requestId: "req-1", platformReturnId: "AS-778");
        var repeat = await Open(orderId, sku, 1, requestId: "req-1", platformReturnId: "AS-778");
        var repulled = await Open(orderId, sku, 1, requestId: "pull-2", platformReturnId: "AS-778");
        var conflict = await Open(orderId, sku, 2, requestId: "req-1", platformReturnId: "AS-778");

        Assert.True(first.Applied);
        Assert.Equal((false, first.Return!.Id), (repeat.Applied, repeat.Return!.Id));
        Assert.Equal((false, first.Return.Id), (repulled.Applied, repulled.Return!.Id));
        Assert.Equal("IdempotencyConflict", conflict.Rejection);
        Assert.Single(await fixture.Client.GetGrain<IOrderReturnsGrain>(orderId).ReturnIds());
    }

    [Fact]
    public async Task The_queue_lists_returns_by_status_warehouse_and_order_with_the_refund()
    {
        var sku = NewSku("RET-Q");
        var orderId = await ShippedOrder(sku, 2);
        var returnId = await Received(orderId, sku, 2, "WH-SH");
        Assert.Equal("InvalidRefundAmount", (await Return(returnId).SetRefund(RefundStatus.Refunded, 2 * 1999 + 1, "fin-qian")).Rejection);
        var refund = await Return(returnId).SetRefund(RefundStatus.Refunded, 3998, "fin-qian");
        Assert.Equal((RefundStatus.Refunded, 3998L), (refund.Return!.Refund, refund.Return.RefundFen));

        var queue = fixture.Client.GetGrain<IReturnQueueGrain>(0);
        var received = await queue.List(ReturnStatus.Received, "WH-SH", null, 1000);
        var byOrder = await queue.List(null, null, orderId, 10);

        var row = Assert.Single(byOrder);
        Assert.Contains(received, r => r.ReturnId == returnId);
        Assert.Equal((returnId, ReturnStatus.Received, "WH-SH", RefundStatus.Refunded, 3998L, 2), (row.ReturnId, row.Status, row.Warehouse, row.Refund, row.RefundFen, row.Units));
        Assert.NotNull(row.ReceivedAt);
        Assert.Empty(await queue.List(ReturnStatus.Requested, null, orderId, 10));
    }

    private async Task<long> JournalRows(string returnId)
    {
        await using var connection = new NpgsqlConnection(fixture.Database.ConnectionString);
        await connection.OpenAsync();
        await using var cmd = new NpgsqlCommand("select count(*) from stock_cell_journal where order_id like $1", connection);
        cmd.Parameters.Add(new NpgsqlParameter { Value = returnId + "#%" });
        return (long)(await cmd.ExecuteScalarAsync())!;
    }
}
