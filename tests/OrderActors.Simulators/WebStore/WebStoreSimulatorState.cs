namespace OrderActors.Simulators.WebStore;

/// <summary>The web store simulator's memory: each shop's orders and webhook target, beside the apps, sessions and faults every simulator has.</summary>
public sealed class WebStoreSimulatorState(WebStoreSimulatorOptions options, TimeProvider time) : SimulatorState(options, time)
{
    private readonly SimOrderBook<string, SimWebOrder> _orders = new(o => o.Id, o => o.VisibleAt, time, StringComparer.Ordinal);
    private readonly Dictionary<string, SimWebhookTarget> _webhooks = new(StringComparer.Ordinal);

    public WebStoreSimulatorOptions Options => options;

    /// <summary>For the standalone demo: shop <c>webstore-demo</c> with access token <c>webstore-sim-session</c> and refresh token <c>webstore-sim-refresh</c>.</summary>
    public SimSession SeedDemoSession() =>
        CreateSession(new SimSessionRequest("webstore-demo", AccessToken: "webstore-sim-session", RefreshToken: "webstore-sim-refresh"));

    /// <summary>
    /// The shop of a bearer token issued to the simulator's first app, if it is known and unexpired. A
    /// bearer token names no client, so tokens of apps added later are not served (a simulator's choice).
    /// </summary>
    public string? ShopOfToken(string accessToken) => ShopOfSession(accessToken, BaseOptions.AppKey);

    public void UpsertOrders(string shop, IEnumerable<SimWebOrder> orders) => _orders.Upsert(shop, orders);

    public SimWebOrder? ChangeOrder(string shop, string id, SimWebOrderChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return _orders.Change(shop, id, order => order with
        {
            Status = change.Status ?? order.Status,
            UpdatedAt = change.UpdatedAt ?? Now,
            PaidAt = change.PaidAt ?? order.PaidAt ?? (change.Status == "paid" ? change.UpdatedAt ?? Now : null),
        });
    }

    /// <summary>
    /// <c>POST orders/{id}/shipments</c>: a paid (or on-hold) order becomes <c>shipped</c> with a new
    /// <c>updated_at</c>, so the next pull sees it; what was sent is recorded.
    /// </summary>
    public SimShipResult Ship(string shop, string id, string carrier, string waybill) =>
        Shipments.Ship(
            shop, id, carrier, waybill, FindVisible(shop, id),
            o => o.Status is "cancelled" or "refund_requested" or "refunded" or "pending_payment",
            o => o.Status is "paid" or "on_hold",
            at => _orders.Change(shop, id, o => o with { Status = "shipped", UpdatedAt = at }),
            Now);

    /// <summary>The order as stored, visible or not (what the store pushes).</summary>
    public SimWebOrder? FindStored(string shop, string id) => _orders.FindStored(shop, id);

    /// <summary>The order as the API shows it: not before it is visible.</summary>
    public SimWebOrder? FindVisible(string shop, string id) => _orders.FindVisible(shop, id);

    /// <summary>
    /// Visible orders with from ≤ updated_at ≤ to, oldest first, then by id (ordinal), so pages are stable.
    /// Both bounds inclusive, as the contract says: an edge order is read twice, never missed.
    /// </summary>
    public IReadOnlyList<SimWebOrder> UpdatedBetween(string shop, DateTimeOffset from, DateTimeOffset to) =>
        Visible(shop, o => o.UpdatedAt >= from && o.UpdatedAt <= to, o => o.UpdatedAt);

    /// <summary>Visible orders with from ≤ created_at ≤ to, oldest created first, then by id.</summary>
    public IReadOnlyList<SimWebOrder> CreatedBetween(string shop, DateTimeOffset from, DateTimeOffset to) =>
        Visible(shop, o => o.CreatedAt >= from && o.CreatedAt <= to, o => o.CreatedAt);

    public void SetWebhook(string shop, SimWebhookTarget? target)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(shop);
        lock (Gate)
        {
            if (target is null)
            {
                _webhooks.Remove(shop);
            }
            else
            {
                _webhooks[shop] = target;
            }
        }
    }

    public SimWebhookTarget? WebhookOf(string shop)
    {
        lock (Gate)
        {
            return _webhooks.GetValueOrDefault(shop);
        }
    }

    private IReadOnlyList<SimWebOrder> Visible(string shop, Func<SimWebOrder, bool> match, Func<SimWebOrder, DateTimeOffset> by) =>
        IsSilent ? [] : _orders.Visible(shop, match, orders => orders.OrderBy(by).ThenBy(o => o.Id, StringComparer.Ordinal));
}
