using System.Globalization;
using OrderActors.GrainInterfaces.Channels;
using OrderActors.GrainInterfaces.Orders;

namespace OrderActors.ClientApi.Demo;

/// <summary>
/// Sells demo orders on the marketplace simulators (tests/OrderActors.Simulators), each in its
/// platform's own seed format, so they reach the system the way real ones do: through the demo
/// shops' connectors, which pull every minute. The shops and tokens are the simulators' demo seeds.
/// </summary>
internal sealed class DemoMarketplaces(HttpClient simulator, TimeProvider time)
{
    private static readonly TimeSpan ChinaTime = TimeSpan.FromHours(8);

    private static readonly (string Channel, string Shop, string AccessToken, string RefreshToken)[] Shops =
    [
        ("taobao", "demo-shop", "sim-session", "sim-refresh"),
        ("jd", "jd-demo-shop", "jd-sim-access", "jd-sim-refresh"),
        ("pdd", "pdd-demo-shop", "pdd-sim-token", "pdd-sim-refresh"),
        ("douyin", "douyin-demo-shop", "douyin-sim-token", "douyin-sim-refresh"),
    ];

    private long _next = DateTimeOffset.UtcNow.ToUnixTimeSeconds() * 100;

    public static bool Sells(string channel) => Shops.Any(s => s.Channel == channel);

    public async Task Connect(IClusterClient cluster)
    {
        foreach (var (channel, shop, access, refresh) in Shops)
        {
            await cluster.GetGrain<IChannelConnectorGrain>($"{channel}:{shop}").Configure(new ShopConnection(
                access, time.GetUtcNow().AddDays(1), refresh, TimeSpan.FromMinutes(1), time.GetUtcNow().AddMinutes(-10), Enabled: true));
        }
    }

    /// <summary>A paid order on the channel's simulator; answers the order id it will have in the OMS once pulled.</summary>
    public async Task<string> Sell(string channel, OrderLine[] lines, string province, string city)
    {
        var n = Interlocked.Increment(ref _next);
        var now = time.GetUtcNow().ToOffset(ChinaTime);
        now = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));
        var total = lines.Sum(l => l.UnitPriceFen * l.Quantity);
        var (path, body) = channel switch
        {
            "taobao" => ("sim/top/shops/demo-shop/trades", (object)new[]
            {
                new
                {
                    tid = n, status = "WAIT_SELLER_SEND_GOODS", created = now.AddMinutes(-2), modified = now, payTime = now.AddMinutes(-1),
                    paymentFen = total, totalFeeFen = total, postFeeFen = 0, buyerNick = "demo-buyer",
                    receiver = new { name = "Demo Buyer", mobile = "13800000000", state = province, city, district = "", address = "1 Demo Road", zip = "000000" },
                    lines = lines.Select((l, i) => new
                    {
                        oid = (n * 10) + i, numIid = 600000 + i, skuId = (string?)null, outerIid = l.Sku, outerSkuId = l.Sku, title = l.Sku,
                        num = l.Quantity, priceFen = l.UnitPriceFen, totalFeeFen = l.UnitPriceFen * l.Quantity, paymentFen = l.UnitPriceFen * l.Quantity,
                        status = "WAIT_SELLER_SEND_GOODS",
                    }),
                },
            }),
            "jd" => ("sim/jd/shops/jd-demo-shop/orders", new[]
            {
                new
                {
                    orderId = n, orderState = "WAIT_SELLER_STOCK_OUT", created = now.AddMinutes(-2), modified = now, paidAt = now.AddMinutes(-1),
                    totalPriceFen = total, sellerPriceFen = total, paymentFen = total, freightFen = 0, sellerDiscountFen = 0, pin = "jd_demo",
                    consignee = new { fullname = "Demo Buyer", mobile = "13800000000", province, city, county = "", fullAddress = province + city + "1 Demo Road" },
                    items = lines.Select((l, i) => new { skuId = 100000 + i, outerSkuId = l.Sku, productNo = l.Sku, skuName = l.Sku, wareId = 2000000 + i, jdPriceFen = l.UnitPriceFen, itemTotal = l.Quantity }),
                },
            }),
            "pdd" => ("sim/pdd/shops/pdd-demo-shop/orders", new[]
            {
                new
                {
                    orderSn = string.Create(CultureInfo.InvariantCulture, $"{now:yyMMdd}-{n:D15}"), orderStatus = 1, refundStatus = 1,
                    createdTime = now.AddMinutes(-2), confirmTime = now.AddMinutes(-1), updatedAt = now, payTime = now.AddMinutes(-1),
                    goodsAmountFen = total, payAmountFen = total, postageFen = 0, discountAmountFen = 0,
                    receiver = new { name = "Demo Buyer", phone = "13800000000", province, city, town = "", address = "1 Demo Road" },
                    items = lines.Select((l, i) => new { goodsId = 300000 + i, skuId = 900000 + i, goodsName = l.Sku, goodsSpec = "-", outerGoodsId = l.Sku, outerId = l.Sku, goodsCount = l.Quantity, goodsPriceFen = l.UnitPriceFen }),
                },
            }),
            _ => ("sim/douyin/shops/douyin-demo-shop/orders", new[]
            {
                new
                {
                    orderId = (6920000000000000000 + n).ToString(CultureInfo.InvariantCulture), orderStatus = 2,
                    createTime = now.AddMinutes(-2), updateTime = now, payTime = now.AddMinutes(-1), orderAmountFen = total, payAmountFen = total, postAmountFen = 0,
                    receiver = new { name = "Demo Buyer", tel = "13800000000", province, city, town = "", street = "", detail = "1 Demo Road" },
                    lines = lines.Select((l, i) => new
                    {
                        orderId = string.Create(CultureInfo.InvariantCulture, $"{6920000000000000000 + n}{i}"), productId = 3500000000000000001, skuId = 1700000000000000001 + i,
                        code = l.Sku, productName = l.Sku, itemNum = l.Quantity, originAmountFen = l.UnitPriceFen, payAmountFen = l.UnitPriceFen * l.Quantity,
                    }),
                },
            }),
        };
        (await simulator.PutAsJsonAsync(path, body)).EnsureSuccessStatusCode();
        var shop = Shops.First(s => s.Channel == (channel is "taobao" or "jd" or "pdd" ? channel : "douyin")).Shop;
        var platformOrderId = channel switch
        {
            "taobao" or "jd" => n.ToString(CultureInfo.InvariantCulture),
            "pdd" => string.Create(CultureInfo.InvariantCulture, $"{now:yyMMdd}-{n:D15}"),
            _ => (6920000000000000000 + n).ToString(CultureInfo.InvariantCulture),
        };
        return $"{(channel is "taobao" or "jd" or "pdd" ? channel : "douyin")}:{shop}:{platformOrderId}";
    }
}
