using System.Collections.Immutable;

namespace OrderActors.GrainInterfaces.Channels;

/// <summary>What an operator needs to see about one web store's webhook.</summary>
/// <param name="Accepted">Deliveries applied durably since the inbox first ran (duplicates not counted).</param>
/// <param name="Duplicates">Retries of accepted deliveries, answered without change.</param>
/// <param name="OrdersCreated">Deliveries that brought an order the system had not recorded.</param>
/// <param name="LastOrderCreatedAt">When a delivery last brought a new order (what silence is measured by for a pushing store).</param>
/// <param name="Remembered">Delivery ids held for replay detection (those signed within the tolerance).</param>
/// <param name="RefusedSinceActivation">Refusals by reason since this inbox was activated (not persisted).</param>
/// <param name="LastRefusal">The latest refusal's reason and detail, to see at a glance e.g. a secret the store has not switched to.</param>
[GenerateSerializer, Immutable, Alias("oa.WebhookInboxStats")]
public sealed record WebhookInboxStats(
    [property: Id(0)] string Shop,
    [property: Id(1)] long Accepted,
    [property: Id(2)] long Duplicates,
    [property: Id(3)] long OrdersCreated,
    [property: Id(4)] DateTimeOffset? LastAcceptedAt,
    [property: Id(5)] DateTimeOffset? LastOrderCreatedAt,
    [property: Id(6)] int Remembered,
    [property: Id(7)] ImmutableDictionary<string, long> RefusedSinceActivation,
    [property: Id(8)] DateTimeOffset? LastRefusedAt,
    [property: Id(9)] string? LastRefusal);
