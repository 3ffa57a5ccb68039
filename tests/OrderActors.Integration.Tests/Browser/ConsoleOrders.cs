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

    /// <summary>The order (without its tracking timeline).</summary>
    public static async Task<JsonElement> Get(HttpClient http, string orderId) =>
        (await http.GetFromJsonAsync<JsonElement>($"/api/orders/{Uri.EscapeDataString(orderId)}")).GetProperty("order");

    /// <summary>The signed-in user's name as the page knows it (the name the API records for them).</summary>
    public static string UserName(ConsoleBrowser browser) =>
        browser.Driver.ExecuteScript("return ops.actor();") as string ?? throw new InvalidOperationException("The page has no ops.actor().");
}
