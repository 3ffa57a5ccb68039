namespace OrderActors.Simulators;

/// <summary>
/// A simulator's orders, per shop, keyed by the platform's order id: what every platform simulator keeps
/// beside the apps and sessions of <see cref="SimulatorState"/>. An order seeded with a "visible at" time
/// stays out of what the API shows until then, as on a platform whose index lags; the push side of a
/// simulator can still see it as stored. Thread-safe: the simulator's endpoints read while tests seed.
/// </summary>
/// <typeparam name="TKey">The platform's order id.</typeparam>
/// <typeparam name="TOrder">The simulator's immutable order record.</typeparam>
public sealed class SimOrderBook<TKey, TOrder>
    where TKey : notnull
    where TOrder : class
{
    // Orders are immutable records, so answers can be built from them after the lock is released.
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Dictionary<TKey, TOrder>> _shops = new(StringComparer.Ordinal);
    private readonly Func<TOrder, TKey> _keyOf;
    private readonly Func<TOrder, DateTimeOffset?> _visibleAt;
    private readonly TimeProvider _time;
    private readonly IEqualityComparer<TKey>? _keyComparer;

    /// <param name="keyOf">The order's id.</param>
    /// <param name="visibleAt">When the order shows up in the API, or null for at once.</param>
    /// <param name="time">The simulator's clock.</param>
    /// <param name="keyComparer">How ids compare (ordinal for text ids).</param>
    public SimOrderBook(Func<TOrder, TKey> keyOf, Func<TOrder, DateTimeOffset?> visibleAt, TimeProvider time, IEqualityComparer<TKey>? keyComparer = null)
    {
        ArgumentNullException.ThrowIfNull(keyOf);
        ArgumentNullException.ThrowIfNull(visibleAt);
        ArgumentNullException.ThrowIfNull(time);
        _keyOf = keyOf;
        _visibleAt = visibleAt;
        _time = time;
        _keyComparer = keyComparer;
    }

    /// <summary>Adds the orders to the shop's book, replacing any with the same id.</summary>
    public void Upsert(string shop, IEnumerable<TOrder> orders)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(shop);
        ArgumentNullException.ThrowIfNull(orders);
        lock (_gate)
        {
            var book = ShopBook(shop);
            foreach (var order in orders)
            {
                book[_keyOf(order)] = order;
            }
        }
    }

    /// <summary>Replaces the stored order with <paramref name="change"/> of it; null when the shop has no such order.</summary>
    public TOrder? Change(string shop, TKey key, Func<TOrder, TOrder> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        lock (_gate)
        {
            var book = ShopBook(shop);
            if (!book.TryGetValue(key, out var order))
            {
                return null;
            }

            var changed = change(order);
            book[key] = changed;
            return changed;
        }
    }

    /// <summary>The order as stored, visible or not.</summary>
    public TOrder? FindStored(string shop, TKey key)
    {
        lock (_gate)
        {
            return ShopBook(shop).GetValueOrDefault(key);
        }
    }

    /// <summary>The order as the API shows it: not before it is visible.</summary>
    public TOrder? FindVisible(string shop, TKey key) => FindStored(shop, key) is { } order && IsVisible(order) ? order : null;

    /// <summary>The shop's visible orders that <paramref name="match"/>, in the order <paramref name="sort"/> puts them.</summary>
    public IReadOnlyList<TOrder> Visible(string shop, Func<TOrder, bool> match, Func<IEnumerable<TOrder>, IOrderedEnumerable<TOrder>> sort)
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(sort);
        lock (_gate)
        {
            return [.. sort(ShopBook(shop).Values.Where(o => IsVisible(o) && match(o)))];
        }
    }

    private bool IsVisible(TOrder order) => _visibleAt(order) is not { } at || at <= _time.GetUtcNow();

    private Dictionary<TKey, TOrder> ShopBook(string shop)
    {
        if (!_shops.TryGetValue(shop, out var book))
        {
            book = new Dictionary<TKey, TOrder>(_keyComparer);
            _shops[shop] = book;
        }

        return book;
    }
}
