namespace OrderActors.GrainInterfaces.Orders;

/// <summary>What to do with a paid order no warehouse can serve right now.</summary>
[GenerateSerializer, Alias("oa.ShortfallPolicy")]
public enum ShortfallPolicy
{
    /// <summary>Refuse it (checkout during a flash sale: "sold out"); the order is recorded as cancelled with the reason.</summary>
    Reject = 0,

    /// <summary>Keep it paid and flagged as backordered until stock arrives (marketplace orders the seller must honour).</summary>
    Backorder = 1,
}
