namespace OrderActors.Domain.Orders;

/// <summary>Why the state machine refused a trigger. A normal business answer, not an error.</summary>
public enum TransitionRejection
{
    None = 0,

    /// <summary>The trigger has no meaning in the order's current status.</summary>
    NotAllowedFromStatus = 1,

    /// <summary>The order is closed (Completed or Cancelled); nothing moves it any more.</summary>
    OrderClosed = 2,

    /// <summary>Shipping needs a bound waybill number.</summary>
    MissingWaybill = 3,

    /// <summary>Shipping needs an outbound scan.</summary>
    MissingOutboundScan = 4,

    /// <summary>The parcel has left the warehouse: it cannot be cancelled, only intercepted or returned.</summary>
    AlreadyLeftWarehouse = 5,

    /// <summary>An approval rule covers the order: a named approver must confirm the shipment first.</summary>
    AwaitingApproval = 6,
}
