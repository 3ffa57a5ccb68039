extern alias sims;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OrderActors.Grains.Carriers;
using OrderActors.Grains.Channels;
using OrderActors.Testing;
using sims::OrderActors.Simulators;
using sims::OrderActors.Simulators.Carriers;
using sims::OrderActors.Simulators.Top;
using sims::OrderActors.Simulators.Wms;

namespace OrderActors.Integration.Tests;

/// <summary>
/// One order the whole way, every hop over real HTTP and PostgreSQL: sold on the simulated Taobao and pulled
/// in; allocated; picked, packed and scanned out by the simulated WMS (signed webhooks); its SF waybill issued
/// by the simulated carrier at packing; held by an approval rule until a named approver confirms; shipped and
/// written back to Taobao; moved by SF route pushes to delivered; and shown on the customer's tracking page.
/// </summary>
public sealed class FulfilmentEndToEndTests : IAsyncLifetime
{
    private const string Warehouse = WmsEvents.Shanghai;
    private readonly int _apiPort = FreePort.Next();
    private TestDatabase _database = null!;
    private SimulatorHost _sims = null!;
    private SiloHost _silo = null!;
    private ApiFactory _api = null!;
    private HttpClient _http = null!;
    private HttpClient _sim = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.Create();
        var oms = new Uri($"http://127.0.0.1:{_apiPort}/");
        _sims = await SimulatorHost.StartAsync(
            FreePort.Next(),
            TimeProvider.System,
            new TopPlatform(),
            new CarrierPlatform(new CarrierSimulatorOptions { PushTo = oms, SfPartnerId = CarrierPushes.SfPartnerId, SfCheckWord = CarrierPushes.SfCheckWord }),
            new WmsPlatform(new WmsSimulatorOptions { OmsBaseUrl = oms, Warehouses = { [Warehouse] = WmsEvents.ShanghaiSecret } }));
        var sims = _sims.BaseUrl;
        var clusterId = $"e2e-{Guid.NewGuid():N}";
        _silo = await SiloHost.Start(_database.ConnectionString, clusterId, services =>
        {
            services.PostConfigure<TaobaoOptions>(o =>
            {
                (o.GatewayUrl, o.TokenUrl) = (new Uri(sims, TopPlatform.GatewayPath), new Uri(sims, TopPlatform.TokenPath));
                (o.AppKey, o.AppSecret) = ("sim-app", "sim-secret");
            });
            services.PostConfigure<CarrierOptions>(o => o.Sf.BaseUrl = new Uri(sims, "std/service"));
        });
        _api = new ApiFactory(_database.ConnectionString, clusterId);
        _api.UseKestrel(_apiPort);
        _api.StartServer();
        _http = new HttpClient { BaseAddress = oms };
        _http.DefaultRequestHeaders.Add(OrderActors.ClientApi.Security.CallerResolver.ApiKeyHeader, ApiFactory.AllScopesKey);
        _sim = new HttpClient { BaseAddress = sims };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        _sim.Dispose();
        await _api.DisposeAsync();
        await _silo.DisposeAsync();
        await _sims.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task An_order_goes_from_the_marketplace_to_the_customers_door_and_the_tracking_page_shows_exactly_that_path()
    {
        // The seller's set-up: a Shanghai warehouse printing SF waybills, a SKU with stock, a Taobao shop, an approval rule.
        (await _http.PutAsJsonAsync($"/api/warehouses/{Warehouse}", new { name = "Shanghai DC", province = "上海", city = "上海", carrier = "SF" })).EnsureSuccessStatusCode();
        (await _http.PutAsJsonAsync("/api/skus/TEA-E2E", new { name = "Longjing tea", weightGrams = 300 })).EnsureSuccessStatusCode();
        (await _http.PutAsJsonAsync($"/api/inventory/TEA-E2E/{Warehouse}", new { onHand = 10 })).EnsureSuccessStatusCode();
        const string shop = "e2e-shop";
        var session = await (await _sim.PostAsJsonAsync("sim/top/sessions", new SimSessionRequest(shop))).Content.ReadFromJsonAsync<SimSession>();
        (await _http.PutAsJsonAsync($"/api/channels/taobao/{shop}", new
        {
            accessToken = session!.AccessToken,
            accessTokenExpiresAt = session.ExpiresAt,
            refreshToken = session.RefreshToken,
            firstPullFrom = DateTimeOffset.UtcNow.AddHours(-2),
            enabled = false,
        })).EnsureSuccessStatusCode();
        (await _http.PutAsJsonAsync("/api/approvals/rules", new
        {
            rules = new[] { new { name = "taobao-shipments", channel = "taobao", approvers = new[] { "Wang Fang" } } },
            actor = "ops",
            reason = "double-check marketplace shipments",
        })).EnsureSuccessStatusCode();

        // The buyer pays on Taobao; the shop's connector pulls the order in and the router allocates it.
        const long tid = 880001;
        var paidAt = DateTimeOffset.UtcNow.AddMinutes(-20);
        (await _sim.PutAsJsonAsync($"sim/top/shops/{shop}/trades", new[]
        {
            new SimTrade(tid, "WAIT_SELLER_SEND_GOODS", paidAt.AddMinutes(-1), paidAt, paidAt, 6600, 6600, 0, "buyer",
                new SimAddress("韩梅梅", "13900139000", "上海", "上海市", "黄浦区", "南京东路1号", "200000"),
                [new SimLine(tid * 10, 600001, null, "TEA-E2E", "TEA-E2E", "tea", 2, 3300, 6600, 6600, "WAIT_SELLER_SEND_GOODS")]),
        })).EnsureSuccessStatusCode();
        (await _http.PostAsync($"/api/channels/taobao/{shop}/pull", null)).EnsureSuccessStatusCode();
        var orderId = $"taobao:{shop}:{tid}";
        var path = $"/api/orders/{Uri.EscapeDataString(orderId)}";
        Assert.Equal(("Allocated", Warehouse), await StatusAndWarehouse(path));

        // The WMS picks, packs (the SF waybill is issued now) and scans the parcel out, each a signed webhook.
        await Wms(orderId, "picked");
        await Wms(orderId, "packed");
        var packed = await Order(path);
        var waybill = packed.GetProperty("waybillNumber").GetString()!;
        Assert.StartsWith("SF", waybill, StringComparison.Ordinal);
        Assert.Equal(("Allocated", "SF"), (packed.GetProperty("status").GetString(), packed.GetProperty("carrier").GetString()));
        await Wms(orderId, "outbound_scan");

        // Waybill and scan are both there, but the rule holds "shipped" for the approver: nothing is published yet.
        var held = await Order(path);
        Assert.Equal("Outbound", held.GetProperty("status").GetString());
        Assert.Equal("Pending", held.GetProperty("fulfilment").GetProperty("approval").GetProperty("status").GetString());
        Assert.Empty(await _sim.GetFromJsonAsync<JsonElement[]>("sim/top/shipments") ?? []);
        var approved = await _http.PostAsJsonAsync($"/api/approvals/{Uri.EscapeDataString(orderId)}/approve", new { approver = "Wang Fang", comment = "checked" });
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal("Shipped", (await approved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());

        // Written back to Taobao with the waybill, acknowledged.
        var writeBack = await Eventually.Until(
            () => _http.GetFromJsonAsync<JsonElement>($"/api/channel-shipments/{Uri.EscapeDataString(orderId)}"),
            s => s.GetProperty("status").GetString() == "Acknowledged");
        Assert.Equal("Acknowledged", writeBack.GetProperty("status").GetString());
        var onTaobao = Assert.Single(await _sim.GetFromJsonAsync<JsonElement[]>("sim/top/shipments") ?? []);
        Assert.Equal((tid.ToString(System.Globalization.CultureInfo.InvariantCulture), waybill), (onTaobao.GetProperty("orderId").GetString(), onTaobao.GetProperty("waybill").GetString()));

        // SF moves the parcel and pushes each scan until it is signed for.
        for (var step = 0; step < 8 && (await Order(path)).GetProperty("status").GetString() != "Delivered"; step++)
        {
            (await _sim.PostAsync($"sim/carriers/parcels/{waybill}/advance", null)).EnsureSuccessStatusCode();
        }

        var delivered = await Eventually.Until(() => Order(path), o => o.GetProperty("status").GetString() == "Delivered");
        string[] path5 = ["Paid", "Allocated", "Outbound", "Shipped", "Delivered"];
        Assert.Equal(path5, delivered.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("status").GetString()));
        var parcel = await _sim.GetFromJsonAsync<JsonElement[]>("sim/carriers/parcels");
        var routes = parcel!.Single(p => p.GetProperty("waybill").GetString() == waybill).GetProperty("routes").GetArrayLength();

        // The customer's link shows exactly the order's path and every carrier scan, and nothing personal beyond the masked phone and city.
        var link = await _http.PostAsJsonAsync($"{path}/tracking-links", new { requestId = "e2e-link" });
        var token = (await link.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        var tracking = await Eventually.Until(
            () => _http.GetFromJsonAsync<JsonElement>($"/api/public/tracking/{token}"),
            t => t.GetProperty("steps").GetArrayLength() == 5 && t.GetProperty("carrierEvents").GetArrayLength() == routes);
        Assert.Equal(path5, tracking.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("status").GetString()));
        Assert.Equal(
            delivered.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("at").GetDateTimeOffset()),
            tracking.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("at").GetDateTimeOffset()));
        Assert.Equal(routes, tracking.GetProperty("carrierEvents").GetArrayLength());
        Assert.Equal("Delivered", tracking.GetProperty("carrierEvents").EnumerateArray().Last().GetProperty("state").GetString());
        Assert.Equal((waybill, "139****9000"), (tracking.GetProperty("waybillNumber").GetString(), tracking.GetProperty("maskedPhone").GetString()));
        var page = await _http.GetStringAsync($"/t/{token}");
        Assert.Contains(waybill, page, StringComparison.Ordinal);
        Assert.DoesNotContain("韩梅梅", page, StringComparison.Ordinal);
        Assert.DoesNotContain("南京东路", page, StringComparison.Ordinal);
        Assert.DoesNotContain("13900139000", page, StringComparison.Ordinal);
    }

    private async Task Wms(string orderId, string type)
    {
        var sent = await _sim.PostAsJsonAsync($"sim/wms/{Warehouse}/events", new SimWmsEventRequest(orderId, type));
        sent.EnsureSuccessStatusCode();
        var answer = await sent.Content.ReadFromJsonAsync<SimWmsSent>();
        Assert.True(answer!.Status == 200, $"{type}: the OMS answered {answer.Status} {answer.Response}");
    }

    private async Task<JsonElement> Order(string path) =>
        (await _http.GetFromJsonAsync<JsonElement>(path)).GetProperty("order");

    private async Task<(string?, string?)> StatusAndWarehouse(string path)
    {
        var order = await Order(path);
        return (order.GetProperty("status").GetString(), order.GetProperty("warehouse").GetString());
    }
}
