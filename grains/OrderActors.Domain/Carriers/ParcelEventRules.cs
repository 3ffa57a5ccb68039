using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace OrderActors.Domain.Carriers;

/// <summary>
/// How a parcel's tracking events are kept: carriers repeat events (a push retried, a poll overlapping a push)
/// and reorder them (scans uploaded late, pushes racing), so events are deduplicated by key and kept in time
/// order, and the parcel's state is that of its latest event, except that a delivery or a return is never
/// undone by an event that does not end the parcel's journey.
/// </summary>
public static class ParcelEventRules
{
    /// <summary>
    /// An event's key when the carrier gives no id that every channel repeats (SF's route push carries an id,
    /// its route query does not): carrier, code, second and place, so a push and a poll of one scan agree.
    /// </summary>
    public static string EventKey(string carrier, string code, DateTimeOffset at, string? place)
    {
        ArgumentNullException.ThrowIfNull(carrier);
        ArgumentNullException.ThrowIfNull(code);
        var placeHash = string.IsNullOrWhiteSpace(place)
            ? "-"
            : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(place.Trim())))[..8];
        return string.Create(CultureInfo.InvariantCulture, $"{carrier.ToLowerInvariant()}:{code.Trim()}:{at.ToUnixTimeSeconds()}:{placeHash}");
    }

    /// <summary>Adds <paramref name="incoming"/> to <paramref name="known"/>: each key once (the first seen wins), all in time order.</summary>
    public static ParcelMerge<T> Merge<T>(IReadOnlyList<T> known, IEnumerable<T> incoming, Func<T, string> keyOf, Func<T, DateTimeOffset> atOf)
    {
        ArgumentNullException.ThrowIfNull(known);
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentNullException.ThrowIfNull(keyOf);
        ArgumentNullException.ThrowIfNull(atOf);
        var seen = known.Select(keyOf).ToHashSet(StringComparer.Ordinal);
        var fresh = incoming.Where(e => seen.Add(keyOf(e))).OrderBy(atOf).ThenBy(keyOf, StringComparer.Ordinal).ToList();
        if (fresh.Count == 0)
        {
            return new ParcelMerge<T>(known, []);
        }

        return new ParcelMerge<T>([.. known.Concat(fresh).OrderBy(atOf).ThenBy(keyOf, StringComparer.Ordinal)], fresh);
    }

    /// <summary>
    /// The parcel's state after its events (in time order): the latest event's state, but once delivered or
    /// returned only another delivery or return changes it. <see cref="ParcelState.LabelCreated"/> without events.
    /// </summary>
    public static ParcelState StateOf(IEnumerable<ParcelState> statesInTimeOrder)
    {
        ArgumentNullException.ThrowIfNull(statesInTimeOrder);
        var state = ParcelState.LabelCreated;
        foreach (var next in statesInTimeOrder)
        {
            if (IsFinal(next) || !IsFinal(state))
            {
                state = next;
            }
        }

        return state;
    }

    /// <summary>Delivered or returned: the carrier's part is over, nothing to poll for.</summary>
    public static bool IsFinal(ParcelState state) => state is ParcelState.Delivered or ParcelState.Returned;
}
