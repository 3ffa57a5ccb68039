namespace OrderActors.Simulators;

/// <summary>What a simulated platform's ship call came to; each gateway answers it in its platform's words.</summary>
public enum SimShipResult
{
    /// <summary>Shipped now.</summary>
    Shipped = 0,

    /// <summary>The shop has no such order.</summary>
    NotFound = 1,

    /// <summary>Cancelled, refunded (or refunding) or unpaid: it cannot ship.</summary>
    Closed = 2,

    /// <summary>It left already with another company or waybill.</summary>
    ShippedOtherwise = 3,

    /// <summary>The very same shipment again: the marketplaces answer it like the first call, the web store with 200.</summary>
    Repeated = 4,
}
