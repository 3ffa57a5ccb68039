namespace OrderActors.Simulators.Top;

/// <summary>The TOP simulator's memory: each shop's trades, beside the apps, sessions and faults every simulator has.</summary>
public sealed class TopSimulatorState(TopSimulatorOptions options, TimeProvider time) : SimulatorState(options, time)
{
    private readonly Dictionary<string, Dictionary<long, SimTrade>> _shops = new(StringComparer.Ordinal);

    public TopSimulatorOptions Options => options;

    /// <summary>For the standalone demo: shop <c>demo-shop</c> with session <c>sim-session</c> and refresh token <c>sim-refresh</c>.</summary>
    public SimSession SeedDemoSession() =>
        CreateSession(new SimSessionRequest("demo-shop", AccessToken: "sim-session", RefreshToken: "sim-refresh"));

    public void UpsertTrades(string shop, IEnumerable<SimTrade> trades)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(shop);
        ArgumentNullException.ThrowIfNull(trades);
        lock (Gate)
        {
            var book = ShopBook(shop);
            foreach (var trade in trades)
            {
                book[trade.Tid] = trade;
            }
        }
    }

    public SimTrade? ChangeTrade(string shop, long tid, SimTradeChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        lock (Gate)
        {
            if (!ShopBook(shop).TryGetValue(tid, out var trade))
            {
                return null;
            }

            var modified = change.Modified ?? Now;
            var changed = trade with
            {
                Status = change.Status ?? trade.Status,
                Modified = modified.AddTicks(-(modified.Ticks % TimeSpan.TicksPerSecond)),
                Lines = change.RefundStatus is null
                    ? trade.Lines
                    : [.. trade.Lines.Select(l => l with { RefundStatus = change.RefundStatus })],
            };
            ShopBook(shop)[tid] = changed;
            return changed;
        }
    }

    public SimTrade? FindTrade(string shop, long tid)
    {
        lock (Gate)
        {
            return ShopBook(shop).TryGetValue(tid, out var trade) && IsVisible(trade) ? trade : null;
        }
    }

    /// <summary>
    /// Visible trades with start ≤ modified ≤ end, newest modified first (documented order); equal
    /// modified times by tid descending (our choice, so pages are stable). Both bounds inclusive: TOP
    /// does not document it; inclusive never loses a trade at a window edge, and contiguous windows then
    /// read an edge trade twice, which the version rule makes harmless.
    /// </summary>
    public IReadOnlyList<SimTrade> ModifiedBetween(string shop, DateTimeOffset start, DateTimeOffset end) =>
        Visible(shop, t => t.Modified >= start && t.Modified <= end);

    /// <summary>Visible trades created in [start, end], newest created first.</summary>
    public IReadOnlyList<SimTrade> CreatedBetween(string shop, DateTimeOffset start, DateTimeOffset end) =>
        Visible(shop, t => t.Created >= start && t.Created <= end);

    private IReadOnlyList<SimTrade> Visible(string shop, Func<SimTrade, bool> match)
    {
        if (IsSilent)
        {
            return [];
        }

        lock (Gate)
        {
            return [.. ShopBook(shop).Values
                .Where(t => IsVisible(t) && match(t))
                .OrderByDescending(t => t.Modified)
                .ThenByDescending(t => t.Tid)];
        }
    }

    /// <summary>A trade seeded with <see cref="SimTrade.VisibleAt"/> stays out of every answer until then, as on a platform whose index lags.</summary>
    private bool IsVisible(SimTrade trade) => trade.VisibleAt is not { } at || at <= Now;

    private Dictionary<long, SimTrade> ShopBook(string shop)
    {
        if (!_shops.TryGetValue(shop, out var book))
        {
            book = [];
            _shops[shop] = book;
        }

        return book;
    }
}
