using System.Collections.Immutable;

namespace OrderActors.Domain.Channels.WebStore;

/// <summary>
/// Deliveries accepted recently, keyed by delivery id (or signature). Entries are only needed while
/// their timestamp could still pass the window check, so anything older than the window is dropped:
/// the set stays small however long the store runs. Immutable; the caller keeps the latest copy.
/// </summary>
public sealed class SeenDeliveries
{
    public static SeenDeliveries Empty { get; } = new(ImmutableDictionary<string, DateTimeOffset>.Empty.WithComparers(StringComparer.Ordinal));

    private readonly ImmutableDictionary<string, DateTimeOffset> _acceptedAt;

    private SeenDeliveries(ImmutableDictionary<string, DateTimeOffset> acceptedAt) => _acceptedAt = acceptedAt;

    public int Count => _acceptedAt.Count;

    public bool Contains(string key) => _acceptedAt.ContainsKey(key);

    internal SeenDeliveries Add(string key, DateTimeOffset at) => new(_acceptedAt.SetItem(key, at));

    /// <summary>Drops what is older than <paramref name="keepFor"/> before <paramref name="now"/>.</summary>
    public SeenDeliveries Prune(DateTimeOffset now, TimeSpan keepFor)
    {
        var expired = _acceptedAt.Where(kv => now - kv.Value > keepFor).Select(kv => kv.Key).ToList();
        return expired.Count == 0 ? this : new SeenDeliveries(_acceptedAt.RemoveRange(expired));
    }
}
