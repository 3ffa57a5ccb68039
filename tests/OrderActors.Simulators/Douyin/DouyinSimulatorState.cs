namespace OrderActors.Simulators.Douyin;

/// <summary>The Douyin simulator's memory: each shop's orders, beside the apps, sessions and faults every simulator has.</summary>
public sealed class DouyinSimulatorState(DouyinSimulatorOptions options, TimeProvider time) : SimulatorState(options, time)
{
    public const string DemoShop = "douyin-demo-shop";
    public const string DemoAccessToken = "douyin-sim-token";
    public const string DemoRefreshToken = "douyin-sim-refresh";

    private readonly Dictionary<string, Dictionary<string, SimDouyinOrder>> _shops = new(StringComparer.Ordinal);

    public DouyinSimulatorOptions Options => options;

    /// <summary>For the standalone demo: shop <c>douyin-demo-shop</c> with access token <c>douyin-sim-token</c> and refresh token <c>douyin-sim-refresh</c>.</summary>
    public SimSession SeedDemoSession() =>
        CreateSession(new SimSessionRequest(DemoShop, AccessToken: DemoAccessToken, RefreshToken: DemoRefreshToken));

    public void UpsertOrders(string shop, IEnumerable<SimDouyinOrder> orders)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(shop);
        ArgumentNullException.ThrowIfNull(orders);
        lock (Gate)
        {
            var book = ShopBook(shop);
            foreach (var order in orders)
            {
                book[order.OrderId] = order;
            }
        }
    }

    public SimDouyinOrder? ChangeOrder(string shop, string orderId, SimDouyinOrderChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        lock (Gate)
        {
            if (!ShopBook(shop).TryGetValue(orderId, out var order))
            {
                return null;
            }

            var updated = change.UpdateTime ?? Now;
            var changed = order with
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
            ShopBook(shop)[orderId] = changed;
            return changed;
        }
    }

    public SimDouyinOrder? FindOrder(string shop, string orderId)
    {
        lock (Gate)
        {
            return ShopBook(shop).TryGetValue(orderId, out var order) && IsVisible(order) ? order : null;
        }
    }

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

        lock (Gate)
        {
            Func<SimDouyinOrder, long> key = orderBy == "update_time"
                ? o => o.UpdateTime.ToUnixTimeSeconds()
                : o => o.CreateTime.ToUnixTimeSeconds();
            var visible = ShopBook(shop).Values.Where(o => IsVisible(o) && match(o));
            var sorted = ascending
                ? visible.OrderBy(key).ThenBy(o => o.OrderId, StringComparer.Ordinal)
                : visible.OrderByDescending(key).ThenByDescending(o => o.OrderId, StringComparer.Ordinal);
            return [.. sorted];
        }
    }

    /// <summary>An order seeded with <see cref="SimDouyinOrder.VisibleAt"/> stays out of every answer until then, as on a platform whose index lags.</summary>
    private bool IsVisible(SimDouyinOrder order) => order.VisibleAt is not { } at || at <= Now;

    private Dictionary<string, SimDouyinOrder> ShopBook(string shop)
    {
        if (!_shops.TryGetValue(shop, out var book))
        {
            book = new Dictionary<string, SimDouyinOrder>(StringComparer.Ordinal);
            _shops[shop] = book;
        }

        return book;
    }
}
