using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace OrderActors.Integration.Tests;

/// <summary>Every kind of bad input gets a 4xx problem body that says what was wrong, and writes nothing.</summary>
[Collection(SystemCollection.Name)]
public sealed class BadInputTests(SystemFixture system)
{
    public static TheoryData<string, string, int, string> BadOrders() => new()
    {
        // name, JSON body, expected status, what the problem must mention
        { "malformed JSON", """{"shop": "flagship", "lines": [ {"sku": "TEA-1", """, 400, "" },
        { "wrong JSON type", """{"shop": "flagship", "lines": "TEA-1"}""", 400, "" },
        { "zero quantity", Order(quantity: "0"), 400, "lines[0].quantity" },
        { "negative quantity", Order(quantity: "-3"), 400, "lines[0].quantity" },
        { "no lines", """{"shop":"flagship","lines":[],"address":{"recipient":"A","phone":"1","province":"33","city":"杭州","detail":"x"}}""", 400, "lines" },
        { "missing address", """{"shop":"flagship","lines":[{"sku":"TEA-1","quantity":1,"unitPriceFen":1}]}""", 400, "address" },
        { "address without province", Order(province: "null"), 400, "address.province" },
        { "unknown SKU", Order(sku: "\"NO-SUCH-SKU\""), 422, "NO-SUCH-SKU" },
        { "SKU with illegal characters", Order(sku: "\"TEA 1/../x\""), 400, "lines[0].sku" },
        { "province that does not resolve", Order(province: "\"Atlantis\""), 422, "Atlantis" },
        { "city that is not in the province", Order(city: "\"成都\""), 422, "成都" },
        { "unknown channel", """{"channel":"ebay","shop":"s","platformOrderId":"1","lines":[{"sku":"TEA-1","quantity":1,"unitPriceFen":1}],"address":{"recipient":"A","phone":"1","province":"33","city":"杭州","detail":"x"}}""", 400, "channel" },
        { "marketplace order without platform id", """{"channel":"jd","shop":"s","lines":[{"sku":"TEA-1","quantity":1,"unitPriceFen":1}],"address":{"recipient":"A","phone":"1","province":"33","city":"杭州","detail":"x"}}""", 400, "platformOrderId" },
        { "bad shortfall policy", """{"shop":"flagship","onShortfall":"sometimes","lines":[{"sku":"TEA-1","quantity":1,"unitPriceFen":1}],"address":{"recipient":"A","phone":"1","province":"33","city":"杭州","detail":"x"}}""", 400, "onShortfall" },
    };

    [Theory]
    [MemberData(nameof(BadOrders))]
    public async Task A_bad_order_is_answered_with_a_problem_and_changes_nothing(string name, string json, int status, string mentions)
    {
        var key = OrderRequests.NewKey();
        var before = await system.Footprint();

        var response = await system.Http.SubmitRaw(json, key);

        Assert.True(status == (int)response.StatusCode, $"{name}: got {(int)response.StatusCode}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadAsStringAsync();
        Assert.Contains(mentions, problem, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", problem, StringComparison.Ordinal);
        Assert.Equal(before, await system.Footprint());
        Assert.Equal(HttpStatusCode.NotFound, (await system.Http.GetAsync($"/api/orders/web:flagship:{key}")).StatusCode);
    }

    [Fact]
    public async Task An_own_store_order_without_an_idempotency_key_is_refused()
    {
        var before = await system.Footprint();

        var response = await system.Http.Submit(OrderRequests.Valid(), idempotencyKey: null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Idempotency-Key", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await system.Footprint());
    }

    public static TheoryData<string, string, string, int> BadStock() => new()
    {
        { "TEA-1/WH-SH", """{"onHand": -1}""", "onHand", 400 },
        { "TEA-1/WH-SH", """{"onHand": 5, "safetyStock": -2}""", "safetyStock", 400 },
        { "TEA-1/WH-SH", """{}""", "onHand", 400 },
        { "TEA-1/WH-SH", """{"onHand": "many"}""", "", 400 },
        { "NOPE/WH-SH", """{"onHand": 1}""", "UnknownSku", 422 },
        { "TEA-1/WH-MARS", """{"onHand": 1}""", "UnknownWarehouse", 422 },
    };

    [Theory]
    [MemberData(nameof(BadStock))]
    public async Task Bad_stock_settings_are_refused_with_a_problem_and_change_nothing(string cell, string json, string mentions, int status)
    {
        var before = await system.Footprint();
        var stockBefore = await system.Http.GetStringAsync("/api/inventory/TEA-1");

        var response = await system.Http.PutAsync($"/api/inventory/{cell}", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(mentions, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await system.Footprint());
        Assert.Equal(stockBefore, await system.Http.GetStringAsync("/api/inventory/TEA-1"));
    }

    [Fact]
    public async Task Setting_on_hand_below_what_open_orders_reserved_is_a_conflict()
    {
        (await system.Http.PutAsJsonAsync("/api/skus/LOCKED-1", new { name = "Locked" })).EnsureSuccessStatusCode();
        (await system.Http.PutAsJsonAsync("/api/inventory/LOCKED-1/WH-SH", new { onHand = 3 })).EnsureSuccessStatusCode();
        (await system.Http.Submit(OrderRequests.Valid(sku: "LOCKED-1", quantity: 3, province: "上海市"), OrderRequests.NewKey())).EnsureSuccessStatusCode();

        var response = await system.Http.PutAsJsonAsync("/api/inventory/LOCKED-1/WH-SH", new { onHand = 1 });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("urn:orderactors:problem:BelowReserved", problem.GetProperty("type").GetString());
        Assert.Equal(3, (await system.Http.GetFromJsonAsync<JsonElement>("/api/inventory/LOCKED-1/WH-SH")).GetProperty("onHand").GetInt32());
    }

    [Theory]
    [InlineData("/api/orders/web:flagship:does-not-exist")]
    [InlineData("/api/orders/not-an-order-id")]
    [InlineData("/api/inventory/NOPE")]
    [InlineData("/api/skus/NOPE")]
    public async Task Unknown_resources_are_404_problems(string path)
    {
        var response = await system.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_warehouse_in_a_province_that_does_not_resolve_is_refused()
    {
        var response = await system.Http.PutAsJsonAsync("/api/warehouses/WH-X", new { name = "X", province = "Narnia", city = "Cair Paravel" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.DoesNotContain("WH-X", await system.Http.GetStringAsync("/api/warehouses"), StringComparison.Ordinal);
    }

    private static string Order(string sku = "\"TEA-1\"", string quantity = "1", string province = "\"33\"", string city = "\"杭州\"") =>
        $$$"""{"shop":"flagship","lines":[{"sku":{{{sku}}},"quantity":{{{quantity}}},"unitPriceFen":100}],"address":{"recipient":"A","phone":"1","province":{{{province}}},"city":{{{city}}},"detail":"x"}}""";
}
