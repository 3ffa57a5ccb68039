using System.Globalization;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace OrderActors.Simulators.WebStore;

/// <summary>
/// How the web store writes things (docs/channels-webstore.md): the order object in snake_case, amounts
/// as integers of fen, times as RFC 3339 in the shop's offset; errors as problem details (RFC 7807)
/// with a <c>code</c>; every answer with an <c>X-Request-Id</c>.
/// </summary>
internal static class WebStoreWire
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string Time(DateTimeOffset instant, TimeSpan offset) =>
        instant.ToOffset(offset).ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);

    public static JsonObject Order(SimWebOrder order, TimeSpan offset)
    {
        var lines = new JsonArray([.. order.Lines.Select(l => (JsonNode)new JsonObject
        {
            ["sku"] = l.Sku,
            ["quantity"] = l.Quantity,
            ["unit_price_fen"] = l.UnitPriceFen,
            ["title"] = l.Title,
        })]);
        var a = order.ShippingAddress;
        return new JsonObject
        {
            ["id"] = order.Id,
            ["status"] = order.Status,
            ["created_at"] = Time(order.CreatedAt, offset),
            ["updated_at"] = Time(order.UpdatedAt, offset),
            ["paid_at"] = order.PaidAt is { } paid ? Time(paid, offset) : null,
            ["currency"] = "CNY",
            ["total_fen"] = order.Lines.Sum(l => l.UnitPriceFen * l.Quantity) + order.ShippingFen,
            ["shipping_fen"] = order.ShippingFen,
            ["lines"] = lines,
            ["shipping_address"] = new JsonObject
            {
                ["recipient"] = a.Recipient,
                ["phone"] = a.Phone,
                ["province"] = a.Province,
                ["city"] = a.City,
                ["district"] = a.District,
                ["detail"] = a.Detail,
            },
        };
    }

    public static string Serialize(JsonNode node) => node.ToJsonString(Json);

    public static IResult Ok(JsonObject body, string requestId) =>
        new WireResult(StatusCodes.Status200OK, "application/json; charset=utf-8", Serialize(body), requestId, null);

    /// <summary>A problem details answer with the contract's <c>code</c> (and <c>param</c> for a bad parameter).</summary>
    public static IResult Problem(int status, string code, string detail, string requestId, string? param = null, int? retryAfterSeconds = null, string? wwwAuthenticate = null)
    {
        var body = new JsonObject
        {
            ["type"] = $"urn:orderactors:webstore:{code}",
            ["title"] = code.Replace('_', ' '),
            ["status"] = status,
            ["detail"] = detail,
            ["code"] = code,
        };
        if (param is not null)
        {
            body["param"] = param;
        }

        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        if (retryAfterSeconds is { } seconds)
        {
            headers["Retry-After"] = seconds.ToString(CultureInfo.InvariantCulture);
        }

        if (wwwAuthenticate is not null)
        {
            headers["WWW-Authenticate"] = wwwAuthenticate;
        }

        return new WireResult(status, "application/problem+json; charset=utf-8", Serialize(body), requestId, headers);
    }

    public static IResult Status(int status, string contentType, string body, string requestId, IReadOnlyDictionary<string, string>? headers = null) =>
        new WireResult(status, contentType, body, requestId, headers);

    public static string NewRequestId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));

    private sealed class WireResult(int status, string contentType, string body, string requestId, IReadOnlyDictionary<string, string>? headers) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            response.StatusCode = status;
            response.ContentType = contentType;
            response.Headers["X-Request-Id"] = requestId;
            foreach (var (name, value) in headers ?? new Dictionary<string, string>())
            {
                response.Headers[name] = value;
            }

            return response.WriteAsync(body);
        }
    }
}
