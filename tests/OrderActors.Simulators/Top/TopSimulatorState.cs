namespace OrderActors.Simulators.Top;

/// <summary>The TOP simulator's memory: each shop's trades, beside the apps, sessions and faults every simulator has.</summary>
public sealed class TopSimulatorState(TopSimulatorOptions options, TimeProvider time) : SimulatorState(options, time)
{
    private readonly SimOrderBook<long, SimTrade> _trades = new(t => t.Tid, t => t.VisibleAt, time);

    public TopSimulatorOptions Options => options;

    /// <summary>For the standalone demo: shop <c>demo-shop</c> with session <c>sim-session</c> and refresh token <c>sim-refresh</c>.</summary>
    public SimSession SeedDemoSession() =>
        CreateSession(new SimSessionRequest("demo-shop", AccessToken: "sim-session", RefreshToken: "sim-refresh"));

    public void UpsertTrades(string shop, IEnumerable<SimTrade> trades) => _trades.Upsert(shop, trades);

    public SimTrade? ChangeTrade(string shop, long tid, SimTradeChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return _trades.Change(shop, tid, trade =>
        {
            var modified = change.Modified ?? Now;
            return trade with
            {
                Status = change.Status ?? trade.Status,
                Modified = modified.AddTicks(-(modified.Ticks % TimeSpan.TicksPerSecond)),
                Lines = change.RefundStatus is null
                    ? trade.Lines
                    : [.. trade.Lines.Select(l => l with { RefundStatus = change.RefundStatus })],
            };
        });
    }

    public SimTrade? FindTrade(string shop, long tid) => _trades.FindVisible(shop, tid);

    /// <summary>
    /// The offline send: a trade waiting for the seller to send it moves to WAIT_BUYER_CONFIRM_GOODS (lines
    /// too) with a new modified time, so the next incremental pull sees it; what was sent is recorded.
    /// </summary>
    public SimShipResult Consign(string shop, long tid, string company, string waybill) =>
        Shipments.Ship(
            shop, tid.ToString(System.Globalization.CultureInfo.InvariantCulture), company, waybill, FindTrade(shop, tid),
            t => t.Status is "TRADE_CLOSED" or "TRADE_CLOSED_BY_TAOBAO" or "WAIT_BUYER_PAY" or "TRADE_NO_CREATE_PAY"
                || t.Lines.Any(l => l.RefundStatus is not ("NO_REFUND" or "CLOSED")),
            t => t.Status == "WAIT_SELLER_SEND_GOODS",
            at => _trades.Change(shop, tid, t => t with
            {
                Status = "WAIT_BUYER_CONFIRM_GOODS",
                Modified = at,
                Lines = [.. t.Lines.Select(l => l with { Status = "WAIT_BUYER_CONFIRM_GOODS" })],
            }),
            Now);

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

    private IReadOnlyList<SimTrade> Visible(string shop, Func<SimTrade, bool> match) =>
        IsSilent ? [] : _trades.Visible(shop, match, trades => trades.OrderByDescending(t => t.Modified).ThenByDescending(t => t.Tid));
}
