namespace OrderActors.GrainInterfaces.Channels;

/// <summary>How a connector's ship call ended, after its own retries and token refresh.</summary>
[GenerateSerializer, Alias("oa.ShipmentCallOutcome")]
public enum ShipmentCallOutcome
{
    /// <summary>The platform accepted the shipment.</summary>
    Acknowledged = 0,

    /// <summary>The platform already had the order shipped with this waybill.</summary>
    AlreadyShipped = 1,

    /// <summary>A refusal retrying cannot fix: order cancelled or refunded, waybill invalid, carrier unknown, shipped with another waybill, our request wrong.</summary>
    Refused = 2,

    /// <summary>Passing: platform down or throttling past the retries, shop paused, token problem, app not configured on this silo.</summary>
    Transient = 3,

    /// <summary>An error code nobody classified.</summary>
    Unclassified = 4,

    /// <summary>The shop is not connected (no connection stored).</summary>
    NotConnected = 5,
}
