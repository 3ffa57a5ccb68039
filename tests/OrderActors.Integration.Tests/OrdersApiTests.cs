using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OrderActors.Testing;

namespace OrderActors.Integration.Tests;

[Collection(SystemCollection.Name)]
public sealed class OrdersApiTests(SystemFixture system)
{
    private HttpClient Http => system.Http;

    [Fact]
    public async Task Submitting_creates_a_durable_allocated_order_and_a_retry_with_the_same_key_returns_it_unchanged()
    {
        var key = OrderRequests.NewKey();
        var orderId = $"web:flagship:{key}";

        var created = await Http.Submit(OrderRequests.Valid(quantity: 2), key);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/api/orders/{Uri.EscapeDataString(orderId)}", created.Headers.Location!.OriginalString);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Allocated", body.GetProperty("order").GetProperty("status").GetString());

        // Durable when acknowledged: the reservation is in the journal already.
        Assert.Equal(1L, await system.Database.Scalar<long>($"select count(*) from stock_cell_journal where order_id = '{orderId}' and op = 2"));

        var before = await system.Footprint();
        var retry = await Http.Submit(OrderRequests.Valid(quantity: 2), key);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        var retryBody = await retry.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(body.GetProperty("order").ToString(), retryBody.GetProperty("order").ToString());
        Assert.Equal(before, await system.Footprint());

        var conflict = await Http.Submit(OrderRequests.Valid(quantity: 3), key);
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Equal("application/problem+json", conflict.Content.Headers.ContentType!.MediaType);
        Assert.Equal(before, await system.Footprint());
    }

    [Fact]
    public async Task An_order_reads_back_with_its_history_and_tracking_timeline()
    {
        var key = OrderRequests.NewKey();
        (await Http.Submit(OrderRequests.Valid(sku: "MUG-1"), key)).EnsureSuccessStatusCode();
        var id = Uri.EscapeDataString($"web:flagship:{key}");

        var order = await Eventually.Until(
            async () => await Http.GetFromJsonAsync<JsonElement>($"/api/orders/{id}"),
            o => o.GetProperty("tracking").GetProperty("steps").GetArrayLength() == 2);

        string[] statuses = ["Paid", "Allocated"];
        Assert.Equal(statuses, order.GetProperty("order").GetProperty("history").EnumerateArray().Select(h => h.GetProperty("status").GetString()));
        Assert.Equal(statuses, order.GetProperty("tracking").GetProperty("steps").EnumerateArray().Select(h => h.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task A_marketplace_order_is_keyed_by_its_platform_order_id()
    {
        var platformId = $"{DateTime.UtcNow.Ticks}";
        var body = new
        {
            channel = "taobao",
            shop = "tb-flagship",
            platformOrderId = platformId,
            lines = new[] { new { sku = "TEA-1", quantity = 1, unitPriceFen = 100 } },
            address = new { recipient = "A", phone = "1", province = "31", city = "上海", detail = "x" },
        };

        var first = await Http.Submit(body, idempotencyKey: null);
        var again = await Http.Submit(body, idempotencyKey: "ignored-for-marketplaces");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var order = await Http.GetFromJsonAsync<JsonElement>($"/api/orders/taobao:tb-flagship:{platformId}");
        Assert.Equal("WH-SH", order.GetProperty("order").GetProperty("warehouse").GetString());
    }

    [Fact]
    public async Task When_no_warehouse_has_the_stock_the_order_is_refused_with_409_and_a_retry_gets_the_same_answer()
    {
        var key = OrderRequests.NewKey();

        var refused = await Http.Submit(OrderRequests.Valid(quantity: 500), key);
        var again = await Http.Submit(OrderRequests.Valid(quantity: 500), key);

        foreach (var response in new[] { refused, again })
        {
            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("urn:orderactors:problem:OutOfStock", problem.GetProperty("type").GetString());
            Assert.Equal($"web:flagship:{key}", problem.GetProperty("orderId").GetString());
            Assert.Contains("500 needed", problem.GetProperty("detail").GetString());
        }
    }

    [Fact]
    public async Task Stock_reads_per_warehouse_and_across_warehouses_and_warehouses_list()
    {
        var cell = await Http.GetFromJsonAsync<JsonElement>("/api/inventory/MUG-1/WH-GZ");
        var all = await Http.GetFromJsonAsync<JsonElement>("/api/inventory/MUG-1");
        var warehouses = await Http.GetFromJsonAsync<JsonElement>("/api/warehouses");

        Assert.Equal(5, cell.GetProperty("onHand").GetInt32());
        Assert.Equal(2, all.GetProperty("warehouses").GetArrayLength());
        Assert.Equal(25, all.GetProperty("onHand").GetInt32());
        Assert.Equal(["WH-GZ", "WH-SH"], warehouses.EnumerateArray().Select(w => w.GetProperty("code").GetString()));
        Assert.Equal("310000", warehouses.EnumerateArray().Last().GetProperty("provinceCode").GetString());
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_order_inventory_and_warehouse_endpoints()
    {
        var document = await Http.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();

        Assert.Contains("/api/orders", paths);
        Assert.Contains("/api/orders/{orderId}", paths);
        Assert.Contains("/api/inventory/{sku}/{warehouse}", paths);
        Assert.Contains("/api/warehouses", paths);
    }

    [Fact]
    public async Task The_silo_serves_liveness_readiness_and_metrics_but_not_the_dashboard()
    {
        using var silo = new HttpClient { BaseAddress = new Uri(system.Silo.BaseAddress) };
        (await Http.Submit(OrderRequests.Valid(sku: "MUG-1"), OrderRequests.NewKey())).EnsureSuccessStatusCode();
        var metrics = await silo.GetStringAsync("/metrics");
        Assert.Contains("orderactors_orders_submitted", metrics, StringComparison.Ordinal);
        Assert.Contains("orderactors_routing_decisions", metrics, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await silo.GetAsync("/health/live")).StatusCode);
        Assert.Equal("Healthy", await silo.GetStringAsync("/health/ready"));
        // The dashboard moved to client-api, behind sign-in (AccessTests); the silo's port must not serve it to anyone.
        Assert.Equal(HttpStatusCode.NotFound, (await silo.GetAsync("/dashboard/")).StatusCode);
    }
}
