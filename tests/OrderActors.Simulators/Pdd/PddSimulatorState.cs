namespace OrderActors.Simulators.Pdd;

/// <summary>The Pinduoduo simulator's memory: each shop's orders, beside the apps, sessions and faults every simulator has.</summary>
public sealed class PddSimulatorState(PddSimulatorOptions options, TimeProvider time) : SimulatorState(options, time)
{
    public const string DemoShop = "pdd-demo-shop";
    public const string DemoAccessToken = "pdd-sim-token";
    public const string DemoRefreshToken = "pdd-sim-refresh";

    private readonly SimOrderBook<string, PddSimOrder> _orders = new(o => o.OrderSn, o => o.VisibleAt, time, StringComparer.Ordinal);

    public PddSimulatorOptions Options => options;

    /// <summary>For the standalone demo: shop <c>pdd-demo-shop</c> with access token <c>pdd-sim-token</c> and refresh token <c>pdd-sim-refresh</c>.</summary>
    public SimSession SeedDemoSession() =>
        CreateSession(new SimSessionRequest(DemoShop, AccessToken: DemoAccessToken, RefreshToken: DemoRefreshToken));

    public void UpsertOrders(string shop, IEnumerable<PddSimOrder> orders)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(shop);
        ArgumentNullException.ThrowIfNull(orders);
        _orders.Upsert(shop, orders.Select(order => order with { UpdatedAt = WholeSeconds(order.UpdatedAt) }));
    }

    public PddSimOrder? ChangeOrder(string shop, string orderSn, PddSimOrderChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return _orders.Change(shop, orderSn, order => order with
        {
            OrderStatus = change.OrderStatus ?? order.OrderStatus,
            RefundStatus = change.RefundStatus ?? order.RefundStatus,
            RiskControlStatus = change.RiskControlStatus ?? order.RiskControlStatus,
            UpdatedAt = WholeSeconds(change.UpdatedAt ?? Now),
        });
    }

    public PddSimOrder? FindOrder(string shop, string orderSn) => _orders.FindVisible(shop, orderSn);

    /// <summary>
    /// The ship notice: an order waiting to ship (order_status 1, no after-sale) moves to 2 (已发货待签收)
    /// with a new updated_at, so the next increment sees it; what was sent is recorded.
    /// </summary>
    public SimShipResult Ship(string shop, string orderSn, string logisticsId, string trackingNumber) =>
        Shipments.Ship(
            shop, orderSn, logisticsId, trackingNumber, FindOrder(shop, orderSn),
            o => o.RefundStatus != 1,
            o => o.OrderStatus == 1,
            at => _orders.Change(shop, orderSn, o => o with { OrderStatus = 2, UpdatedAt = at }),
            Now);

    /// <summary>
    /// Visible orders with start ≤ updated_at ≤ end, oldest update first, equal times by order_sn. The
    /// order and the inclusive bounds are the simulator's choice: Pinduoduo documents neither, only that
    /// paging must go backwards; inclusive never loses an order at a window edge, and the version rule
    /// makes reading it twice harmless.
    /// </summary>
    public IReadOnlyList<PddSimOrder> UpdatedBetween(string shop, DateTimeOffset start, DateTimeOffset end) =>
        Visible(shop, o => o.UpdatedAt >= start && o.UpdatedAt <= end, o => o.UpdatedAt);

    /// <summary>Visible orders with start ≤ confirm_time ≤ end, oldest confirmed first.</summary>
    public IReadOnlyList<PddSimOrder> ConfirmedBetween(string shop, DateTimeOffset start, DateTimeOffset end) =>
        Visible(shop, o => o.ConfirmTime >= start && o.ConfirmTime <= end, o => o.ConfirmTime);

    private IReadOnlyList<PddSimOrder> Visible(string shop, Func<PddSimOrder, bool> match, Func<PddSimOrder, DateTimeOffset> orderBy) =>
        IsSilent ? [] : _orders.Visible(shop, match, orders => orders.OrderBy(orderBy).ThenBy(o => o.OrderSn, StringComparer.Ordinal));

    private static DateTimeOffset WholeSeconds(DateTimeOffset instant) => instant.AddTicks(-(instant.Ticks % TimeSpan.TicksPerSecond));
}
