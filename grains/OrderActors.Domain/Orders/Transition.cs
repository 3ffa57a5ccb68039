namespace OrderActors.Domain.Orders;

/// <summary>The state machine's answer: the status to move to, or the reason it refused.</summary>
public readonly record struct Transition(OrderStatus From, OrderTrigger Trigger, OrderStatus To, TransitionRejection Rejection)
{
    public bool IsAllowed => Rejection == TransitionRejection.None;

    public string Describe() => Rejection switch
    {
        TransitionRejection.None => $"{From} -> {To} on {Trigger}",
        TransitionRejection.OrderClosed => $"The order is {From}; it can no longer change.",
        TransitionRejection.MissingWaybill => "Shipping needs a waybill number bound to the order.",
        TransitionRejection.MissingOutboundScan => "Shipping needs an outbound scan from the warehouse.",
        TransitionRejection.AwaitingApproval => "Shipping waits for an approver to confirm it (approval rule).",
        TransitionRejection.AlreadyLeftWarehouse => $"The order is {From}: the parcel has left the warehouse; intercept it or take a return.",
        _ => $"{Trigger} is not allowed while the order is {From}.",
    };
}
