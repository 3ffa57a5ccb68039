namespace OrderActors.Domain.Orders;

/// <summary>What happened to an order; the state machine decides whether it moves the order.</summary>
public enum OrderTrigger
{
    Pay = 0,
    Allocate = 1,

    /// <summary>Reservations given back so the order can be routed again (re-routing).</summary>
    Deallocate = 2,
    ScanOutbound = 3,
    Ship = 4,
    Deliver = 5,
    Complete = 6,
    Cancel = 7,
}
