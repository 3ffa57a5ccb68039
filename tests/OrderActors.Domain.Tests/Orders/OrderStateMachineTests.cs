using OrderActors.Domain.Orders;

namespace OrderActors.Domain.Tests.Orders;

public sealed class OrderStateMachineTests
{
    private static readonly ShipmentEvidence Verified = new(HasWaybill: true, HasOutboundScan: true);

    // The lifecycle as the business states it, written out independently of the implementation's table.
    private static readonly HashSet<(OrderStatus, OrderTrigger, OrderStatus)> Expected =
    [
        (OrderStatus.Created, OrderTrigger.Pay, OrderStatus.Paid),
        (OrderStatus.Created, OrderTrigger.Cancel, OrderStatus.Cancelled),
        (OrderStatus.Paid, OrderTrigger.Allocate, OrderStatus.Allocated),
        (OrderStatus.Paid, OrderTrigger.Cancel, OrderStatus.Cancelled),
        (OrderStatus.Allocated, OrderTrigger.Deallocate, OrderStatus.Paid),
        (OrderStatus.Allocated, OrderTrigger.ScanOutbound, OrderStatus.Outbound),
        (OrderStatus.Allocated, OrderTrigger.Cancel, OrderStatus.Cancelled),
        (OrderStatus.Outbound, OrderTrigger.Ship, OrderStatus.Shipped),
        (OrderStatus.Shipped, OrderTrigger.Deliver, OrderStatus.Delivered),
        (OrderStatus.Delivered, OrderTrigger.Complete, OrderStatus.Completed),
    ];

    public static TheoryData<OrderStatus, OrderTrigger> EveryPair()
    {
        var data = new TheoryData<OrderStatus, OrderTrigger>();
        foreach (var status in Enum.GetValues<OrderStatus>())
        {
            foreach (var trigger in Enum.GetValues<OrderTrigger>())
            {
                data.Add(status, trigger);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void Every_status_and_trigger_is_either_an_expected_transition_or_a_rejection_with_a_reason(OrderStatus from, OrderTrigger trigger)
    {
        var transition = OrderStateMachine.Decide(from, trigger, Verified);
        var expected = Expected.SingleOrDefault(e => e.Item1 == from && e.Item2 == trigger);

        if (expected != default)
        {
            Assert.True(transition.IsAllowed, transition.Describe());
            Assert.Equal(expected.Item3, transition.To);
        }
        else
        {
            Assert.False(transition.IsAllowed);
            Assert.NotEqual(TransitionRejection.None, transition.Rejection);
            Assert.Equal(from, transition.To);
            Assert.False(string.IsNullOrWhiteSpace(transition.Describe()));
        }
    }

    [Fact]
    public void The_table_holds_exactly_the_expected_transitions()
    {
        Assert.Equal(Expected.OrderBy(e => e.ToString()), OrderStateMachine.AllowedTransitions.OrderBy(e => e.ToString()));
    }

    [Theory]
    [InlineData(OrderStatus.Completed)]
    [InlineData(OrderStatus.Cancelled)]
    public void A_closed_order_refuses_everything_as_closed(OrderStatus closed)
    {
        foreach (var trigger in Enum.GetValues<OrderTrigger>())
        {
            Assert.Equal(TransitionRejection.OrderClosed, OrderStateMachine.Decide(closed, trigger, Verified).Rejection);
        }
    }

    [Theory]
    [InlineData(OrderStatus.Outbound)]
    [InlineData(OrderStatus.Shipped)]
    [InlineData(OrderStatus.Delivered)]
    public void Cancelling_after_the_parcel_left_says_so(OrderStatus status)
    {
        Assert.Equal(TransitionRejection.AlreadyLeftWarehouse, OrderStateMachine.Decide(status, OrderTrigger.Cancel).Rejection);
    }

    [Fact]
    public void Shipping_needs_both_an_outbound_scan_and_a_waybill()
    {
        Assert.Equal(TransitionRejection.MissingOutboundScan,
            OrderStateMachine.Decide(OrderStatus.Outbound, OrderTrigger.Ship, new ShipmentEvidence(HasWaybill: true, HasOutboundScan: false)).Rejection);
        Assert.Equal(TransitionRejection.MissingWaybill,
            OrderStateMachine.Decide(OrderStatus.Outbound, OrderTrigger.Ship, new ShipmentEvidence(HasWaybill: false, HasOutboundScan: true)).Rejection);
        Assert.Equal(TransitionRejection.MissingOutboundScan,
            OrderStateMachine.Decide(OrderStatus.Outbound, OrderTrigger.Ship, ShipmentEvidence.None).Rejection);
        Assert.True(OrderStateMachine.Decide(OrderStatus.Outbound, OrderTrigger.Ship, Verified).IsAllowed);
    }

    [Fact]
    public void A_verified_shipment_an_approval_rule_holds_waits_for_the_approver()
    {
        var held = OrderStateMachine.Decide(OrderStatus.Outbound, OrderTrigger.Ship, Verified with { AwaitingApproval = true });

        Assert.Equal(TransitionRejection.AwaitingApproval, held.Rejection);
        Assert.Equal(OrderStatus.Outbound, held.To);
        Assert.Contains("approver", held.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void Packed_is_not_shipped_an_allocated_order_cannot_ship_even_with_evidence()
    {
        var transition = OrderStateMachine.Decide(OrderStatus.Allocated, OrderTrigger.Ship, Verified);
        Assert.Equal(TransitionRejection.NotAllowedFromStatus, transition.Rejection);
    }
}
