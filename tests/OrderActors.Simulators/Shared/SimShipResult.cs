namespace OrderActors.Simulators;

/// <summary>What a simulated platform's ship call came to; each gateway answers it in its platform's words.</summary>
public enum SimShipResult
{
    /// <summary>Shipped now (or, on platforms that answer a repeat like the first call, the very same shipment again).</summary>
    Shipped = 0,

    /// <summary>The shop has no such order.</summary>
    NotFound = 1,

    /// <summary>Cancelled, refunded (or refunding) or unpaid: it cannot ship.</summary>
    Closed = 2,

    /// <summary>It left already with another company or waybill.</summary>
    ShippedOtherwise = 3,

    /// <summary>The very same shipment again, where the protocol tells a repeat apart (the web store's 200).</summary>
    Repeated = 4,
}
