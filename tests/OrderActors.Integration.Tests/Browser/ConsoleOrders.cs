using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace OrderActors.Integration.Tests.Browser;

/// <summary>Orders for the console tests, arranged through the API as a shop and a warehouse would.</summary>
internal static class ConsoleOrders
{
    /// <summary>An own-store order of one line; returns its id.</summary>
    public static async Task<string> Submit(HttpClient http, string province, string city, string sku = "TEA-1", int quantity = 1, long unitPriceFen = 16800)
    {
        var key = OrderRequests.NewKey();
        var order = new
        {
            shop = "flagship",
            lines = new[] { new { sku, quantity, unitPriceFen } },
            address = new { recipient = "Han Meimei", phone = "13900139000", province, city, district = "Test", detail = "1 Test Rd" },
        };
        var response = await http.Submit(order, key);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return $"web:flagship:{key}";
    }

    /// <summary>Outbound scan and waybill: the order ships, or waits for an approver when a rule holds it. Returns the order.</summary>
    public static async Task<JsonElement> ScanOutAndBind(HttpClient http, string orderId)
    {
        var id = Uri.EscapeDataString(orderId);
        var tail = orderId[^10..];
        (await http.PostAsJsonAsync($"/api/orders/{id}/outbound-scan", new { scanId = $"scan-{tail}", @operator = "packer" })).EnsureSuccessStatusCode();
        var waybill = await http.PostAsJsonAsync($"/api/orders/{id}/waybill", new { carrier = "SF", waybillNumber = $"SF{tail}" });
        waybill.EnsureSuccessStatusCode();
        return await waybill.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>One approval rule: shipments of orders worth at least <paramref name="minOrderValueFen"/> wait for any approver.</summary>
    public static async Task HoldShipmentsWorth(HttpClient http, string rule, long minOrderValueFen) =>
        (await http.PutAsJsonAsync("/api/approvals/rules", new
        {
            rules = new[] { new { name = rule, minOrderValueFen, approvers = Array.Empty<string>() } },
            actor = "ops",
            reason = "console test",
        })).EnsureSuccessStatusCode();

    /// <summary>No approval rules: what the other console tests expect.</summary>
    public static async Task HoldNoShipments(HttpClient http) =>
        (await http.PutAsJsonAsync("/api/approvals/rules", new { rules = Array.Empty<object>(), actor = "ops", reason = "console test over" })).EnsureSuccessStatusCode();

    /// <summary>Opens an operator return of <paramref name="quantity"/> TEA-1 for a shipped order; returns its id.</summary>
    public static async Task<string> OpenReturn(HttpClient http, string orderId, int quantity, string reason, string? reasonText = null)
    {
        var open = new HttpRequestMessage(HttpMethod.Post, "/api/returns")
        {
            Content = JsonContent.Create(new { orderId, reason, reasonText, actor = "csr", lines = new[] { new { sku = "TEA-1", quantity } } }),
        };
        open.Headers.Add("Idempotency-Key", OrderRequests.NewKey());
        var created = await http.SendAsync(open);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>The order (without its tracking timeline).</summary>
    public static async Task<JsonElement> Get(HttpClient http, string orderId) =>
        (await http.GetFromJsonAsync<JsonElement>($"/api/orders/{Uri.EscapeDataString(orderId)}")).GetProperty("order");

    /// <summary>The signed-in user's name as the page knows it (the name the API records for them).</summary>
    public static string UserName(ConsoleBrowser browser) =>
        browser.Driver.ExecuteScript("return ops.actor();") as string ?? throw new InvalidOperationException("The page has no ops.actor().");
}
