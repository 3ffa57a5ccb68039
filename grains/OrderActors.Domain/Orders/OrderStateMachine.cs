using System.Collections.Frozen;

namespace OrderActors.Domain.Orders;

/// <summary>
/// The order lifecycle as a table: every allowed transition is one line below; every other
/// (status, trigger) pair is refused with a reason.
/// </summary>
public static class OrderStateMachine
{
    private static readonly FrozenDictionary<(OrderStatus From, OrderTrigger Trigger), OrderStatus> Allowed =
        new Dictionary<(OrderStatus, OrderTrigger), OrderStatus>
        {
            [(OrderStatus.Created, OrderTrigger.Pay)] = OrderStatus.Paid,
            [(OrderStatus.Created, OrderTrigger.Cancel)] = OrderStatus.Cancelled,

            [(OrderStatus.Paid, OrderTrigger.Allocate)] = OrderStatus.Allocated,
            [(OrderStatus.Paid, OrderTrigger.Cancel)] = OrderStatus.Cancelled,

            [(OrderStatus.Allocated, OrderTrigger.Deallocate)] = OrderStatus.Paid,
            [(OrderStatus.Allocated, OrderTrigger.ScanOutbound)] = OrderStatus.Outbound,
            [(OrderStatus.Allocated, OrderTrigger.Cancel)] = OrderStatus.Cancelled,

            [(OrderStatus.Outbound, OrderTrigger.Ship)] = OrderStatus.Shipped,

            [(OrderStatus.Shipped, OrderTrigger.Deliver)] = OrderStatus.Delivered,

            [(OrderStatus.Delivered, OrderTrigger.Complete)] = OrderStatus.Completed,
        }.ToFrozenDictionary();

    /// <summary>Every allowed transition, for documentation, pages and tests.</summary>
    public static IEnumerable<(OrderStatus From, OrderTrigger Trigger, OrderStatus To)> AllowedTransitions =>
        Allowed.Select(kv => (kv.Key.From, kv.Key.Trigger, kv.Value));

    /// <summary>Decides what <paramref name="trigger"/> does to an order in <paramref name="from"/>.</summary>
    public static Transition Decide(OrderStatus from, OrderTrigger trigger, ShipmentEvidence evidence = default)
    {
        if (!Allowed.TryGetValue((from, trigger), out var to))
        {
            return Reject(from, trigger, ReasonForMissingEdge(from, trigger));
        }

        if (trigger == OrderTrigger.Ship)
        {
            if (!evidence.HasOutboundScan)
            {
                return Reject(from, trigger, TransitionRejection.MissingOutboundScan);
            }

            if (!evidence.HasWaybill)
            {
                return Reject(from, trigger, TransitionRejection.MissingWaybill);
            }

            if (evidence.AwaitingApproval)
            {
                return Reject(from, trigger, TransitionRejection.AwaitingApproval);
            }
        }

        return new Transition(from, trigger, to, TransitionRejection.None);
    }

    public static bool IsClosed(OrderStatus status) => status is OrderStatus.Completed or OrderStatus.Cancelled;

    private static TransitionRejection ReasonForMissingEdge(OrderStatus from, OrderTrigger trigger) => (from, trigger) switch
    {
        _ when IsClosed(from) => TransitionRejection.OrderClosed,
        (OrderStatus.Outbound or OrderStatus.Shipped or OrderStatus.Delivered, OrderTrigger.Cancel) => TransitionRejection.AlreadyLeftWarehouse,
        _ => TransitionRejection.NotAllowedFromStatus,
    };

    private static Transition Reject(OrderStatus from, OrderTrigger trigger, TransitionRejection why) => new(from, trigger, from, why);
}
