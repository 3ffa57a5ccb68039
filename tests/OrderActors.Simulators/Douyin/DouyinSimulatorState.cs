namespace OrderActors.Simulators.Douyin;

/// <summary>The Douyin simulator's memory: each shop's orders, beside the apps, sessions and faults every simulator has.</summary>
public sealed class DouyinSimulatorState(DouyinSimulatorOptions options, TimeProvider time) : SimulatorState(options, time)
{
    public const string DemoShop = "douyin-demo-shop";
    public const string DemoAccessToken = "douyin-sim-token";
    public const string DemoRefreshToken = "douyin-sim-refresh";

    private readonly SimOrderBook<string, SimDouyinOrder> _orders = new(o => o.OrderId, o => o.VisibleAt, time, StringComparer.Ordinal);

    public DouyinSimulatorOptions Options => options;

    /// <summary>For the standalone demo: shop <c>douyin-demo-shop</c> with access token <c>douyin-sim-token</c> and refresh token <c>douyin-sim-refresh</c>.</summary>
    public SimSession SeedDemoSession() =>
        CreateSession(new SimSessionRequest(DemoShop, AccessToken: DemoAccessToken, RefreshToken: DemoRefreshToken));

    public void UpsertOrders(string shop, IEnumerable<SimDouyinOrder> orders) => _orders.Upsert(shop, orders);

    public SimDouyinOrder? ChangeOrder(string shop, string orderId, SimDouyinOrderChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return _orders.Change(shop, orderId, order =>
        {
            var updated = change.UpdateTime ?? Now;
            return order with
            {
                OrderStatus = change.OrderStatus ?? order.OrderStatus,
                UpdateTime = updated.AddTicks(-(updated.UtcTicks % TimeSpan.TicksPerSecond)),
                Lines = change.AfterSaleStatus is null && change.RefundStatus is null
                    ? order.Lines
                    : [.. order.Lines.Select(l => l with
                    {
                        AfterSaleStatus = change.AfterSaleStatus ?? l.AfterSaleStatus,
                        RefundStatus = change.RefundStatus ?? l.RefundStatus,
                    })],
            };
        });
    }

    public SimDouyinOrder? FindOrder(string shop, string orderId) => _orders.FindVisible(shop, orderId);

    /// <summary>
    /// order.logisticsAdd: a paid order (105, or 2 备货中) without an after-sale moves to 3 (已发货) with a new
    /// update time, so the next search sees it; what was sent is recorded.
    /// </summary>
    public SimShipResult Ship(string shop, string orderId, string companyCode, string waybill) =>
        Shipments.Ship(
            shop, orderId, companyCode, waybill, FindOrder(shop, orderId),
            o => o.OrderStatus is 1 or 4 || o.Lines.Any(l => l.AfterSaleStatus != 0 || l.RefundStatus != 0),
            o => o.OrderStatus is 105 or 2,
            at => _orders.Change(shop, orderId, o => o with { OrderStatus = 3, UpdateTime = at }),
            Now);

    /// <summary>
    /// Visible orders matching <paramref name="match"/>, sorted by <paramref name="orderBy"/>
    /// (<c>update_time</c> or <c>create_time</c>), newest first unless <paramref name="ascending"/>; equal
    /// times by order id in the same direction (our choice, so pages are stable). Silence finds nothing.
    /// </summary>
    public IReadOnlyList<SimDouyinOrder> Search(string shop, Func<SimDouyinOrder, bool> match, string orderBy, bool ascending)
    {
        ArgumentNullException.ThrowIfNull(match);
        if (IsSilent)
        {
            return [];
        }

        Func<SimDouyinOrder, long> key = orderBy == "update_time"
            ? o => o.UpdateTime.ToUnixTimeSeconds()
            : o => o.CreateTime.ToUnixTimeSeconds();
        return _orders.Visible(shop, match, visible => ascending
            ? visible.OrderBy(key).ThenBy(o => o.OrderId, StringComparer.Ordinal)
            : visible.OrderByDescending(key).ThenByDescending(o => o.OrderId, StringComparer.Ordinal));
    }
}
