namespace OrderActors.Domain.Orders;

/// <summary>
/// When a warehouse event may apply. The steps go pick → pack → outbound scan, each only once the
/// order is allocated to a warehouse and still open; anything else is refused with a reason, so an
/// event that arrives early is kept for review and retried, never applied out of order.
/// </summary>
public static class WarehouseStepRules
{
    public static WarehouseStepDecision Decide(OrderStatus status, bool backordered, WarehouseProgress progress, WarehouseStep step)
    {
        if (progress.Has(step))
        {
            return WarehouseStepDecision.AlreadyDone;
        }

        if (OrderStateMachine.IsClosed(status))
        {
            return WarehouseStepDecision.Refuse(nameof(TransitionRejection.OrderClosed), $"The order is {status}; the warehouse must not {Verb(step)} it.");
        }

        if (status is OrderStatus.Created or OrderStatus.Paid || backordered)
        {
            return WarehouseStepDecision.Refuse("NotAllocated", $"The order is {status}{(backordered ? " and backordered" : "")}: no warehouse holds its stock yet.");
        }

        if (status is not (OrderStatus.Allocated or OrderStatus.Outbound))
        {
            return WarehouseStepDecision.Refuse(nameof(TransitionRejection.AlreadyLeftWarehouse), $"The order is {status}; warehouse steps are over.");
        }

        return step switch
        {
            WarehouseStep.Packed when !progress.Picked => WarehouseStepDecision.Refuse("OutOfOrder", "Packed before picking was reported."),
            WarehouseStep.OutboundScan when !progress.Packed => WarehouseStepDecision.Refuse("OutOfOrder", "Scanned out before packing was reported."),
            _ => WarehouseStepDecision.Apply,
        };
    }

    private static string Verb(WarehouseStep step) => step switch
    {
        WarehouseStep.Picked => "pick",
        WarehouseStep.Packed => "pack",
        _ => "scan out",
    };
}
