namespace OrderActors.Simulators.Jd;

/// <summary>The JOS simulator's memory: each shop's orders, beside the apps, sessions and faults every simulator has.</summary>
public sealed class JdSimulatorState(JdSimulatorOptions options, TimeProvider time) : SimulatorState(options, time)
{
    public const string DemoShop = "jd-demo-shop";
    public const string DemoAccessToken = "jd-sim-access";
    public const string DemoRefreshToken = "jd-sim-refresh";

    private readonly SimOrderBook<long, SimJdOrder> _orders = new(o => o.OrderId, o => o.VisibleAt, time);

    public JdSimulatorOptions Options => options;

    /// <summary>For the standalone demo: shop <c>jd-demo-shop</c> with access token <c>jd-sim-access</c> and refresh token <c>jd-sim-refresh</c>.</summary>
    public SimSession SeedDemoSession() =>
        CreateSession(new SimSessionRequest(DemoShop, AccessToken: DemoAccessToken, RefreshToken: DemoRefreshToken));

    public void UpsertOrders(string shop, IEnumerable<SimJdOrder> orders) => _orders.Upsert(shop, orders);

    public SimJdOrder? ChangeOrder(string shop, long orderId, SimJdOrderChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return _orders.Change(shop, orderId, order =>
        {
            var modified = change.Modified ?? Now;
            return order with
            {
                OrderState = change.OrderState ?? order.OrderState,
                Modified = modified.AddTicks(-(modified.Ticks % TimeSpan.TicksPerSecond)),
            };
        });
    }

    public SimJdOrder? FindOrder(string shop, long orderId) => _orders.FindVisible(shop, orderId);

    /// <summary>
    /// SOP shipment: an order waiting to go out (WAIT_SELLER_STOCK_OUT, WAIT_SELLER_DELIVERY) moves to
    /// WAIT_GOODS_RECEIVE_CONFIRM with a new modified time, so the next pull sees it; what was sent is recorded.
    /// </summary>
    public SimShipResult Ship(string shop, long orderId, string company, string waybill) =>
        Shipments.Ship(
            shop, orderId.ToString(System.Globalization.CultureInfo.InvariantCulture), company, waybill, FindOrder(shop, orderId),
            o => o.OrderState is "TRADE_CANCELED" or "LOCKED" or "PAUSE" or "POP_ORDER_PAUSE",
            o => o.OrderState is "WAIT_SELLER_STOCK_OUT" or "WAIT_SELLER_DELIVERY",
            at => _orders.Change(shop, orderId, o => o with { OrderState = "WAIT_GOODS_RECEIVE_CONFIRM", Modified = at }),
            Now);

    /// <summary>
    /// Visible orders in one of <paramref name="states"/> whose modified (or, <paramref name="byCreation"/>,
    /// created) time lies in [start, end], ascending by that time as JD sorts by default (documented),
    /// descending when asked; equal times by order id, so pages are stable (our choice). Both bounds
    /// inclusive: JD does not document it, and inclusive never loses an order at a window edge.
    /// </summary>
    public IReadOnlyList<SimJdOrder> Search(string shop, DateTimeOffset start, DateTimeOffset end, bool byCreation, IReadOnlySet<string> states, bool descending)
    {
        ArgumentNullException.ThrowIfNull(states);
        if (IsSilent)
        {
            return [];
        }

        DateTimeOffset Key(SimJdOrder o) => byCreation ? o.Created : o.Modified;
        return _orders.Visible(
            shop,
            o => states.Contains(o.OrderState) && Key(o) >= start && Key(o) <= end,
            matching => descending
                ? matching.OrderByDescending(Key).ThenByDescending(o => o.OrderId)
                : matching.OrderBy(Key).ThenBy(o => o.OrderId));
    }
}
