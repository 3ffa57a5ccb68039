namespace OrderActors.Domain.Fulfilment;

/// <summary>How one ship call through the shop's connector ended, as the write-back rules need it.</summary>
public enum WriteBackAttempt
{
    /// <summary>The platform accepted the shipment.</summary>
    Acknowledged = 0,

    /// <summary>The platform says the order already shipped with this very waybill: as good as accepted.</summary>
    AlreadyShipped = 1,

    /// <summary>A refusal retrying cannot fix (order cancelled or refunded, waybill invalid, carrier unknown, shipped with another waybill).</summary>
    Refused = 2,

    /// <summary>A passing failure (platform down, throttled, token being renewed, shop paused): try again later.</summary>
    Transient = 3,

    /// <summary>An answer nobody classified: tried a few times, then failed for a person to look at.</summary>
    Unclassified = 4,

    /// <summary>There is nobody to tell (an own-store shop without a connector).</summary>
    NotApplicable = 5,
}
