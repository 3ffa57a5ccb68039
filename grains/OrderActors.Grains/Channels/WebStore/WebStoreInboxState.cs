namespace OrderActors.Grains.Channels.WebStore;

/// <summary>
/// What a web store inbox persists: the deliveries it may still see replayed (bounded by the timestamp
/// tolerance and <see cref="WebStoreOptions.WebhookMemory"/>) and its counters. Rewritten once per
/// batch of durable deliveries.
/// </summary>
[GenerateSerializer, Alias("oa.state.WebStoreInbox")]
internal sealed class WebStoreInboxState
{
    [Id(0)] public List<RememberedDelivery> Seen { get; set; } = [];

    [Id(1)] public long Accepted { get; set; }

    [Id(2)] public long Duplicates { get; set; }

    [Id(3)] public long OrdersCreated { get; set; }

    [Id(4)] public DateTimeOffset? LastAcceptedAt { get; set; }

    [Id(5)] public DateTimeOffset? LastOrderCreatedAt { get; set; }
}

/// <summary>One remembered delivery: its id, the SHA-256 of its body (base64) and its signed time.</summary>
[GenerateSerializer, Immutable, Alias("oa.state.RememberedDelivery")]
internal sealed record RememberedDelivery(
    [property: Id(0)] string DeliveryId,
    [property: Id(1)] string BodyDigest,
    [property: Id(2)] DateTimeOffset SignedAt);
