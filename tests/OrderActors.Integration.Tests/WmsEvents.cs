using System.Globalization;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrderActors.Integration.Tests;

/// <summary>
/// A WMS as docs/wms.md tells a warehouse system to behave: one event per request, signed here by hand
/// (HMAC-SHA256 over "{timestamp}.{body}", lowercase hex), not with the service's code.
/// </summary>
internal static class WmsEvents
{
    public const string Shanghai = "WH-SH";
    public const string Guangzhou = "WH-GZ";
    public const string ShanghaiSecret = "wms_sh_integration_0123456789abcdef0123";
    public const string GuangzhouSecret = "wms_gz_integration_0123456789abcdef0123";

    public static string NewEventId() => $"evt_{Guid.NewGuid():N}";

    public static JsonObject Event(string eventId, string orderId, string type, DateTimeOffset? at = null, string @operator = "picker-07") => new()
    {
        ["eventId"] = eventId,
        ["orderId"] = orderId,
        ["type"] = type,
        ["at"] = (at ?? DateTimeOffset.UtcNow.AddSeconds(-5)).ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        ["operator"] = @operator,
        ["device"] = "RF-12",
    };

    public static string Sign(string secret, long timestamp, byte[] body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret),
            Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + ".").Concat(body).ToArray()));

    /// <summary>POSTs <paramref name="body"/> as the WMS would; the headers can be left out or falsified.</summary>
    public static async Task<HttpResponseMessage> SendWms(
        this HttpClient http,
        string warehouse,
        string body,
        string? secret = null,
        DateTimeOffset? signedAt = null,
        bool signed = true,
        string? bodyOnTheWire = null)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var timestamp = (signedAt ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds();
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/wms/{warehouse}/events")
        {
            Content = new ByteArrayContent(bodyOnTheWire is null ? bytes : Encoding.UTF8.GetBytes(bodyOnTheWire)),
        };
        request.Content.Headers.ContentType = new("application/json");
        if (signed)
        {
            request.Headers.Add("X-OrderActors-Timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
            request.Headers.Add("X-OrderActors-Signature", Sign(secret ?? (warehouse == Guangzhou ? GuangzhouSecret : ShanghaiSecret), timestamp, bytes));
        }

        return await http.SendAsync(request);
    }

    public static Task<HttpResponseMessage> SendWms(this HttpClient http, string warehouse, JsonObject e) => http.SendWms(warehouse, e.ToJsonString());

    /// <summary>An own-store order for a SKU of its own, allocated to Shanghai (or awaiting payment, reserved there).</summary>
    public static async Task<string> NewShanghaiOrder(this HttpClient http, bool awaitingPayment = false)
    {
        var sku = await http.NewSku();
        var key = OrderRequests.NewKey();
        var order = new
        {
            shop = "flagship",
            awaitingPayment,
            lines = new[] { new { sku, quantity = 1, unitPriceFen = 16800 } },
            address = new { recipient = "Han Meimei", phone = "13900139000", province = "上海", city = "上海", detail = "1 Nanjing Rd" },
        };
        (await http.Submit(order, key)).EnsureSuccessStatusCode();
        return $"web:flagship:{key}";
    }

    public static async Task<JsonElement> Order(this HttpClient http, string orderId) =>
        (await http.GetFromJsonAsync<JsonElement>($"/api/orders/{orderId}")).GetProperty("order");
}
