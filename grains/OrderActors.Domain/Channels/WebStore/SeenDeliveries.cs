using System.Collections.Immutable;

namespace OrderActors.Domain.Channels.WebStore;

/// <summary>
/// Deliveries accepted recently, by delivery id. An entry is only needed while a replay of its
/// delivery could still pass the timestamp check, i.e. until its signed time plus the tolerance; after
/// that the window check refuses the replay anyway. So the set is bounded by the traffic of one
/// window, however long the store runs, and <see cref="Forget"/> also caps it at a count. Forgetting
/// early costs nothing but a repeated apply, which the order's newer-wins rule makes harmless.
/// Immutable; the caller keeps the latest copy.
/// </summary>
public sealed class SeenDeliveries
{
    public static SeenDeliveries Empty { get; } = new(ImmutableDictionary<string, SeenDelivery>.Empty.WithComparers(StringComparer.Ordinal));

    private readonly ImmutableDictionary<string, SeenDelivery> _byId;

    private SeenDeliveries(ImmutableDictionary<string, SeenDelivery> byId) => _byId = byId;

    public int Count => _byId.Count;

    /// <summary>The entries, for persisting them.</summary>
    public IEnumerable<SeenDelivery> Entries => _byId.Values;

    /// <summary>The set as it was persisted.</summary>
    public static SeenDeliveries From(IEnumerable<SeenDelivery> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return new(Empty._byId.SetItems(entries.Select(e => KeyValuePair.Create(e.DeliveryId, e))));
    }

    public bool Contains(string deliveryId) => _byId.ContainsKey(deliveryId);

    /// <summary>New, a retry of an accepted delivery (same body), or a replayed id (another body).</summary>
    public DeliveryCheck Check(string deliveryId, string bodyDigest) =>
        !_byId.TryGetValue(deliveryId, out var seen) ? DeliveryCheck.New
        : string.Equals(seen.BodyDigest, bodyDigest, StringComparison.Ordinal) ? DeliveryCheck.Duplicate
        : DeliveryCheck.Conflict;

    /// <summary>Records a delivery; call it once what the delivery carried is durable, not before.</summary>
    public SeenDeliveries Remember(SeenDelivery delivery)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        return new(_byId.SetItem(delivery.DeliveryId, delivery));
    }

    /// <summary>
    /// Drops every entry whose signed time is more than <paramref name="tolerance"/> before
    /// <paramref name="now"/> (a replay of it fails the window check), then, above
    /// <paramref name="capacity"/>, the oldest signed ones.
    /// </summary>
    public SeenDeliveries Forget(DateTimeOffset now, TimeSpan tolerance, int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        var expired = _byId.Values.Where(e => now - e.SignedAt > tolerance).Select(e => e.DeliveryId).ToList();
        var kept = expired.Count == 0 ? _byId : _byId.RemoveRange(expired);
        if (kept.Count > capacity)
        {
            kept = kept.RemoveRange(kept.Values
                .OrderBy(e => e.SignedAt)
                .ThenBy(e => e.DeliveryId, StringComparer.Ordinal)
                .Take(kept.Count - capacity)
                .Select(e => e.DeliveryId));
        }

        return ReferenceEquals(kept, _byId) ? this : new SeenDeliveries(kept);
    }
}
