using System.Net.Http.Json;
using System.Text;

namespace OrderActors.Integration.Tests;

internal static class OrderRequests
{
    public static object Valid(string sku = "TEA-1", int quantity = 1, string province = "浙江省") => new
    {
        shop = "flagship",
        lines = new[] { new { sku, quantity, unitPriceFen = 16800 } },
        address = new { recipient = "Han Meimei", phone = "13900139000", province, city = province.StartsWith("上海", StringComparison.Ordinal) ? "上海" : "杭州", district = "Xihu", detail = "1 Longjing Rd" },
    };

    public static Task<HttpResponseMessage> Submit(this HttpClient http, object body, string? idempotencyKey) =>
        http.Send(HttpMethod.Post, "/api/orders", JsonContent.Create(body), idempotencyKey);

    public static Task<HttpResponseMessage> SubmitRaw(this HttpClient http, string json, string? idempotencyKey) =>
        http.Send(HttpMethod.Post, "/api/orders", new StringContent(json, Encoding.UTF8, "application/json"), idempotencyKey);

    private static Task<HttpResponseMessage> Send(this HttpClient http, HttpMethod method, string path, HttpContent content, string? idempotencyKey)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return http.SendAsync(request);
    }

    public static string NewKey() => Guid.NewGuid().ToString("N");
}
