using System.Collections.Immutable;
using OrderActors.GrainInterfaces;
using OrderActors.GrainInterfaces.Approvals;
using OrderActors.GrainInterfaces.Fulfilment;
using OrderActors.GrainInterfaces.Orders;
using OrderActors.GrainInterfaces.Tracking;
using OrderActors.Testing;

namespace OrderActors.Cluster.Tests;

/// <summary>
/// The warehouse side of an order through the order grain: WMS steps in order, double verification,
/// and the approval chain. This cluster has no carrier connection, so the waybill request at packing
/// fails visibly and the waybill is bound by hand; the carrier path is covered with the carrier simulator.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class FulfilmentTests(ClusterFixture fixture)
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    private IOrderGrain Order(string id) => fixture.Client.GetGrain<IOrderGrain>(id);

    private IApprovalRulesGrain Rules => fixture.Client.GetGrain<IApprovalRulesGrain>(OrleansNames.ApprovalRulesKey);

    [Fact]
    public async Task Warehouse_steps_apply_in_order_and_shipped_waits_for_both_waybill_and_outbound_scan()
    {
        var id = await AllocatedOrder("WH-GZ");

        var early = await Order(id).RecordWarehouseEvent(Event("e1", "WH-GZ", WarehouseEventKind.Packed));
        Assert.Equal("OutOfOrder", early.Rejection);
        var elsewhere = await Order(id).RecordWarehouseEvent(Event("e2", "WH-BJ", WarehouseEventKind.Picked));
        Assert.Equal("WrongWarehouse", elsewhere.Rejection);
        Assert.Empty((await Order(id).Get())!.Fulfilment!.Steps);

        Assert.True((await Order(id).RecordWarehouseEvent(Event("e3", "WH-GZ", WarehouseEventKind.Picked, delay: "stockout-at-pick"))).Applied);
        var packed = await Order(id).RecordWarehouseEvent(Event("e4", "WH-GZ", WarehouseEventKind.Packed));
        Assert.True(packed.Applied);
        // No carrier connection in this cluster: the request is recorded as failed and the order says so.
        Assert.Equal("SF", packed.Order!.Fulfilment!.Waybill!.Carrier);
        Assert.True(packed.Order.Fulfilment.Waybill.GaveUp);
        Assert.Contains("bind the waybill by hand", packed.Order.Fulfilment.Waybill.LastError, StringComparison.Ordinal);

        var scanned = await Order(id).RecordWarehouseEvent(Event("e5", "WH-GZ", WarehouseEventKind.OutboundScan));
        Assert.Equal(OrderStatus.Outbound, scanned.Order!.Status);
        Assert.Null(scanned.Order.WaybillNumber);
        Assert.StartsWith("e5-", scanned.Order.OutboundScanId, StringComparison.Ordinal);

        var again = await Order(id).RecordWarehouseEvent(Event("e6", "WH-GZ", WarehouseEventKind.OutboundScan));
        Assert.False(again.Applied);
        Assert.Null(again.Rejection);

        var shipped = await Order(id).BindWaybill("SF", "SF7000000001");
        Assert.Equal(OrderStatus.Shipped, shipped.Order!.Status);
        Assert.Equal(
            [WarehouseEventKind.Picked, WarehouseEventKind.Packed, WarehouseEventKind.OutboundScan],
            shipped.Order.Fulfilment!.Steps.Select(s => s.Kind));

        // The WMS exception and the failed waybill request went out with the change that ended Allocated.
        var outbound = shipped.Order.History.Single(h => h.Status == OrderStatus.Outbound);
        Assert.Equal(["stockout-at-pick", "waybill-failed"], outbound.DelayReasons.ToArray());
        Assert.Equal("packer-1", outbound.Actor);
    }

    [Fact]
    public async Task A_retried_waybill_bind_after_the_order_shipped_is_unchanged_and_another_waybill_is_refused()
    {
        var id = await AllocatedOrder("WH-GZ");
        await Order(id).RecordOutboundScan("scan-r", "packer-1");
        var shipped = await Order(id).BindWaybill("SF", "SF7000000009");
        Assert.Equal(OrderStatus.Shipped, shipped.Order!.Status);

        var retry = await Order(id).BindWaybill("SF", "SF7000000009");
        var other = await Order(id).BindWaybill("SF", "SF7000000010");

        Assert.Equal((false, null), (retry.Applied, retry.Rejection));
        Assert.Equal("WaybillAlreadyBound", other.Rejection);
        Assert.Equal(shipped.Order.Version, (await Order(id).Get())!.Version);
    }

    [Fact]
    public async Task A_cancelled_order_refuses_the_warehouse_and_nothing_changes()
    {
        var id = await AllocatedOrder("WH-GZ");
        await Order(id).Cancel("buyer changed mind", "customer-service");
        var before = await Order(id).Get();

        var scan = await Order(id).RecordWarehouseEvent(Event("c1", "WH-GZ", WarehouseEventKind.Picked));

        Assert.Equal("OrderClosed", scan.Rejection);
        Assert.Equal(before!.Version, (await Order(id).Get())!.Version);
        Assert.Empty((await Order(id).Get())!.Fulfilment!.Steps);
    }

    [Fact]
    public async Task A_rule_holds_the_shipment_until_a_named_approver_confirms_and_every_decision_is_audited()
    {
        await Rules.Replace([new ApprovalRuleView("very-high-value", null, null, 50_000_000, ["Wang Fang"])], "ops", "test");
        try
        {
            var id = await AllocatedOrder("WH-GZ", unitPriceFen: 30_000_000);
            await Order(id).RecordWarehouseEvent(Event("a1", "WH-GZ", WarehouseEventKind.Picked));
            await Order(id).RecordWarehouseEvent(Event("a2", "WH-GZ", WarehouseEventKind.Packed));
            await Order(id).BindWaybill("SF", "SF7000000002");
            var held = await Order(id).RecordWarehouseEvent(Event("a3", "WH-GZ", WarehouseEventKind.OutboundScan));

            Assert.Equal(OrderStatus.Outbound, held.Order!.Status);
            Assert.Equal(ApprovalStatus.Pending, held.Order.Fulfilment!.Approval!.Status);
            var queue = await fixture.Client.GetGrain<IApprovalQueueGrain>(0).List(ApprovalStatus.Pending, "WH-GZ", 1000);
            Assert.Contains(queue, a => a.OrderId == id && a.Rule == "very-high-value" && a.ValueFen == 60_000_000 && a.WaybillNumber == "SF7000000002");

            Assert.Equal("NotAnApprover", (await Order(id).Approve("Li Lei", null)).Rejection);
            var rejected = await Order(id).Reject("Wang Fang", "weigh the parcel again");
            Assert.Equal(OrderStatus.Outbound, rejected.Order!.Status);
            Assert.Equal(ApprovalStatus.Rejected, rejected.Order.Fulfilment!.Approval!.Status);

            var approved = await Order(id).Approve("Wang Fang", "weight checked");
            Assert.Equal(OrderStatus.Shipped, approved.Order!.Status);
            var ship = approved.Order.History[^1];
            Assert.Equal("Wang Fang", ship.Actor);
            Assert.Equal(["awaiting-approval", "approval-rejected"], ship.DelayReasons.ToArray());
            Assert.False((await Order(id).Approve("Wang Fang", "again")).Applied);

            Assert.DoesNotContain(await fixture.Client.GetGrain<IApprovalQueueGrain>(0).List(ApprovalStatus.Pending, null, 1000), a => a.OrderId == id);
            Assert.Equal(2L, await fixture.Database.Scalar<long>($"select count(*) from approval_decisions where order_id = '{id}'"));
            Assert.Equal("approved", await fixture.Database.Scalar<string>($"select status from approvals where order_id = '{id}'"));

            // The customer's timeline never showed Shipped before the approval.
            var timeline = await Eventually.Until(() => fixture.Client.GetGrain<ITrackingGrain>(id).GetTimeline(), t => t.Steps.Length == approved.Order.Version);
            Assert.Equal(approved.Order.History.Select(h => (h.Version, h.Status)), timeline.Steps.Select(s => (s.Version, s.Status)));
        }
        finally
        {
            await Rules.Replace([], "ops", "test over");
        }
    }

    [Fact]
    public async Task Without_a_matching_rule_there_is_nothing_to_approve()
    {
        var id = await AllocatedOrder("WH-GZ");

        Assert.Equal("NoApprovalPending", (await Order(id).Approve("Wang Fang", null)).Rejection);
        Assert.Equal("UnknownOrder", (await Order(Orders.NewId("none")).Approve("Wang Fang", null)).Rejection);
    }

    [Fact]
    public async Task Invalid_approval_rules_are_refused_with_the_errors_and_leave_the_rules_as_they_were()
    {
        var before = await Rules.Get();

        var result = await Rules.Replace([new ApprovalRuleView("x", null, null, -5, []), new ApprovalRuleView("x", null, null, null, [])], "ops", "bad");

        Assert.False(result.Changed);
        Assert.Equal(2, result.Errors.Length);
        Assert.Equal(before.Version, (await Rules.Get()).Version);
    }

    private async Task<string> AllocatedOrder(string warehouse, long unitPriceFen = 1999)
    {
        var sku = $"FUL-{Guid.NewGuid():N}"[..20];
        await fixture.Stock(sku, warehouse, 10);
        var id = Orders.NewId("ful");
        var order = Orders.For(sku, 2, province: "广东省");
        var submitted = await Order(id).Submit(order with { Lines = [order.Lines[0] with { UnitPriceFen = unitPriceFen }] });
        Assert.Equal(warehouse, submitted.Order!.Warehouse);
        return id;
    }

    private static WarehouseEvent Event(string id, string warehouse, WarehouseEventKind kind, string? delay = null) =>
        new($"{id}-{Guid.NewGuid():N}", warehouse, kind, Now, "packer-1", "scanner-9", delay);
}
