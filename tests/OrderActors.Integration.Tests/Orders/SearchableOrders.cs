using System.Net.Http.Json;
using System.Text.Json;
using OrderActors.Testing;

namespace OrderActors.Integration.Tests.Orders;

/// <summary>Marketplace orders with a known shop, phone and paid time, for the search and order-page tests.</summary>
internal static class SearchableOrders
{
    public const string Sku = "SEARCH-TEA";

    /// <summary>A shop code no other test uses, so a search filtered by it sees only this test's orders.</summary>
    public static string NewShop() => $"s{Guid.NewGuid():N}"[..20];

    public static async Task EnsureStock(HttpClient http)
    {
        (await http.PutAsJsonAsync($"/api/skus/{Sku}", new { name = "Searchable tea" })).EnsureSuccessStatusCode();
        (await http.PutAsJsonAsync($"/api/inventory/{Sku}/WH-SH", new { onHand = 100000 })).EnsureSuccessStatusCode();
    }

    /// <summary>Submits a paid Taobao order (allocated to a warehouse at once); returns its order id.</summary>
    public static async Task<string> Submit(HttpClient http, string shop, string platformOrderId, string phone, DateTimeOffset paidAt)
    {
        var body = new
        {
            channel = "taobao",
            shop,
            platformOrderId,
            paidAt,
            lines = new[] { new { sku = Sku, quantity = 1, unitPriceFen = 2500 } },
            address = new { recipient = "Li Lei", phone, province = "浙江省", city = "杭州", district = "Xihu", detail = "8 Lingyin Rd" },
        };
        (await http.Submit(body, idempotencyKey: null)).EnsureSuccessStatusCode();
        return $"taobao:{shop}:{platformOrderId}";
    }

    public static Task<JsonElement> Search(HttpClient http, string query) =>
        http.GetFromJsonAsync<JsonElement>($"/api/orders/search?{query}");

    /// <summary>Waits until the search answer satisfies <paramref name="done"/> (the projection is asynchronous).</summary>
    public static async Task<JsonElement[]> SearchUntil(HttpClient http, string query, Func<JsonElement[], bool> done)
    {
        var result = await Eventually.Until(async () => (await Search(http, query)).GetProperty("orders").EnumerateArray().ToArray(), done);
        Assert.True(done(result), $"The search {query} answered {string.Join(", ", result.Select(r => $"{r.GetProperty("orderId")}={r.GetProperty("status")}"))}.");
        return result;
    }

    public static string[] Ids(JsonElement[] rows) => rows.Select(r => r.GetProperty("orderId").GetString()!).ToArray();
}
