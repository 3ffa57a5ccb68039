using System.Globalization;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace OrderActors.Integration.Tests;

/// <summary>
/// A web store as docs/channels-webstore.md tells a store developer to write one: the order object,
/// signed by hand here (HMAC-SHA256 over "{timestamp}.{body}", lowercase hex), not with the service's code.
/// </summary>
internal static class WebStorePushes
{
    public const string Secret = "whsec_integration_0123456789abcdef012345";

    public static readonly DateTimeOffset Paid = new(2026, 11, 11, 0, 0, 5, TimeSpan.FromHours(8));

    /// <summary>Connects a web shop with a webhook secret (pulling off: the webhook needs no pull).</summary>
    public static async Task Connect(this HttpClient http, string shop, string? secret = Secret)
    {
        var response = await http.PutAsJsonAsync($"/api/channels/web/{shop}", new
        {
            accessToken = "store-access-token",
            accessTokenExpiresAt = DateTimeOffset.UtcNow.AddDays(30),
            enabled = false,
            webhookSecret = secret,
        });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>A SKU of its own with stock in Shanghai, so tests in the shared fixture do not take each other's stock.</summary>
    public static async Task<string> NewSku(this HttpClient http)
    {
        var sku = $"WEB-{Guid.NewGuid():N}"[..20];
        (await http.PutAsJsonAsync($"/api/skus/{sku}", new { name = "Longjing 250g" })).EnsureSuccessStatusCode();
        (await http.PutAsJsonAsync($"/api/inventory/{sku}/WH-SH", new { onHand = 50 })).EnsureSuccessStatusCode();
        return sku;
    }

    public static JsonObject Order(string id, string status, DateTimeOffset updatedAt, string sku, int quantity = 2) => new()
    {
        ["id"] = id,
        ["status"] = status,
        ["created_at"] = Paid.AddMinutes(-1).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        ["updated_at"] = updatedAt.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture),
        ["paid_at"] = status == "pending_payment" ? null : Paid.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        ["currency"] = "CNY",
        ["total_fen"] = 16800 * quantity,
        ["lines"] = new JsonArray(new JsonObject { ["sku"] = sku, ["quantity"] = quantity, ["unit_price_fen"] = 16800, ["title"] = "龙井 250g" }),
        ["shipping_address"] = new JsonObject
        {
            ["recipient"] = "韩梅梅",
            ["phone"] = "13900139000",
            ["province"] = "上海",
            ["city"] = "上海市",
            ["district"] = "黄浦区",
            ["detail"] = "南京东路1号",
        },
    };

    public static string Sign(string secret, long timestamp, byte[] body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret),
            Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + ".").Concat(body).ToArray()));

    /// <summary>POSTs <paramref name="body"/> as the store would; each header can be left out or falsified.</summary>
    public static async Task<HttpResponseMessage> Push(
        this HttpClient http,
        string shop,
        string body,
        string? deliveryId,
        string? secret = Secret,
        DateTimeOffset? signedAt = null,
        bool withTimestamp = true,
        bool withSignature = true,
        string? bodyOnTheWire = null)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var timestamp = (signedAt ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds();
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/channels/web/{shop}/webhook")
        {
            Content = new ByteArrayContent(bodyOnTheWire is null ? bytes : Encoding.UTF8.GetBytes(bodyOnTheWire)),
        };
        request.Content.Headers.ContentType = new("application/json");
        if (withTimestamp)
        {
            request.Headers.Add("X-OrderActors-Timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        }

        if (withSignature && secret is not null)
        {
            request.Headers.Add("X-OrderActors-Signature", Sign(secret, timestamp, bytes));
        }

        if (deliveryId is not null)
        {
            request.Headers.Add("X-OrderActors-Delivery-Id", deliveryId);
        }

        return await http.SendAsync(request);
    }

    public static Task<HttpResponseMessage> Push(this HttpClient http, string shop, JsonObject order, string? deliveryId) =>
        http.Push(shop, order.ToJsonString(), deliveryId);

    public static string NewShop() => $"web-{Guid.NewGuid():N}"[..16];

    public static string NewDelivery() => $"dlv_{Guid.NewGuid():N}";
}
