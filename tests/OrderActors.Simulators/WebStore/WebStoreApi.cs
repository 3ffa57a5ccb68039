using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using OrderActors.Domain.Channels.WebStore;

namespace OrderActors.Simulators.WebStore;

/// <summary>
/// The store's order API, <c>/webstore/api/orders</c>, as the contract defines it. Checks, in order:
/// injected 5xx and garbage, the bearer token (401 invalid_token), the shop's rate limit (429
/// rate_limited with Retry-After), then the query (400 invalid_parameter naming the param).
/// </summary>
internal static class WebStoreApi
{
    private const string ListMethod = "orders.list";
    private const string GetMethod = "orders.get";
    private const string ShipMethod = "orders.shipments.create";

    /// <summary>The carriers the store ships with: our own codes (CarrierCodes' web store column).</summary>
    private static readonly string[] Carriers = ["SF", "ZTO", "YUNDA"];

    public static IResult List(HttpRequest request, WebStoreSimulatorState state)
    {
        var call = new Call(state, ListMethod);
        if (call.Begin(request, out var shop) is { } refused)
        {
            return refused;
        }

        var query = request.Query;
        var byUpdated = query.ContainsKey("updated_from") || query.ContainsKey("updated_to");
        var byCreated = query.ContainsKey("created_from") || query.ContainsKey("created_to");
        if (byUpdated == byCreated)
        {
            return call.Fail(400, "invalid_parameter", "Give either updated_from and updated_to, or created_from and created_to.", byUpdated ? "created_from" : "updated_from");
        }

        var by = byUpdated ? "updated" : "created";
        if (!Time(query, $"{by}_from", out var from))
        {
            return call.Fail(400, "invalid_parameter", "An RFC 3339 time with an offset.", $"{by}_from");
        }

        if (!Time(query, $"{by}_to", out var to))
        {
            return call.Fail(400, "invalid_parameter", "An RFC 3339 time with an offset.", $"{by}_to");
        }

        if (to <= from || to - from > WebStoreProtocol.MaxWindow)
        {
            return call.Fail(400, "invalid_parameter", $"{by}_to must be after {by}_from and at most 24 hours later.", $"{by}_to");
        }

        if (!Int(query, "page", 1, out var page) || page < 1)
        {
            return call.Fail(400, "invalid_parameter", "page is a positive integer.", "page");
        }

        if (!Int(query, "page_size", 50, out var pageSize) || pageSize is < 1 or > WebStoreProtocol.MaxPageSize)
        {
            return call.Fail(400, "invalid_parameter", $"page_size is 1-{WebStoreProtocol.MaxPageSize}.", "page_size");
        }

        var matching = byUpdated ? state.UpdatedBetween(shop!, from, to) : state.CreatedBetween(shop!, from, to);
        var items = state.Page(matching, page, pageSize);
        return call.Ok(new JsonObject
        {
            ["items"] = new JsonArray([.. items.Select(o => (JsonNode)WebStoreWire.Order(o, state.Options.WireOffset))]),
            ["page"] = page,
            ["page_size"] = pageSize,
            ["total"] = matching.Count,
            ["has_next"] = (long)page * pageSize < matching.Count,
        });
    }

    public static IResult Get(string id, HttpRequest request, WebStoreSimulatorState state)
    {
        var call = new Call(state, GetMethod);
        if (call.Begin(request, out var shop) is { } refused)
        {
            return refused;
        }

        return state.FindVisible(shop!, id) is { } order
            ? call.Ok(WebStoreWire.Order(order, state.Options.WireOffset))
            : call.Fail(404, "order_not_found", $"The shop has no order '{id}'.");
    }

    /// <summary>
    /// <c>POST orders/{id}/shipments</c> with <c>{"carrier","waybill","shipped_at"}</c> (docs/channels-webstore.md):
    /// 201 recorded, 200 the same shipment again, 404 <c>order_not_found</c>, 409 <c>order_closed</c> or
    /// <c>already_shipped</c>, 422 <c>unknown_carrier</c> or <c>invalid_waybill</c>, 400 <c>invalid_parameter</c>.
    /// </summary>
    public static async Task<IResult> ShipAsync(string id, HttpRequest request, WebStoreSimulatorState state)
    {
        var call = new Call(state, ShipMethod);
        if (call.Begin(request, out var shop) is { } refused)
        {
            return refused;
        }

        JsonNode? body;
        try
        {
            body = await JsonNode.ParseAsync(request.Body).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            body = null;
        }

        var carrier = body?["carrier"]?.GetValueKind() == JsonValueKind.String ? body["carrier"]!.GetValue<string>() : null;
        var waybill = body?["waybill"]?.GetValueKind() == JsonValueKind.String ? body["waybill"]!.GetValue<string>() : null;
        if (string.IsNullOrWhiteSpace(carrier) || waybill is null)
        {
            return call.Fail(400, "invalid_parameter", "carrier and waybill are required strings.");
        }

        if (!Carriers.Contains(carrier))
        {
            return call.Fail(422, "unknown_carrier", $"The store ships with {string.Join(", ", Carriers)}, not '{carrier}'.", "carrier");
        }

        if (waybill.Length is < 6 or > 32 || !waybill.All(char.IsAsciiLetterOrDigit))
        {
            return call.Fail(422, "invalid_waybill", "A waybill is 6-32 letters or digits.", "waybill");
        }

        return state.Ship(shop!, id, carrier, waybill) switch
        {
            SimShipResult.NotFound => call.Fail(404, "order_not_found", $"The shop has no order '{id}'."),
            SimShipResult.Closed => call.Fail(409, "order_closed", "The order is cancelled, refunded or unpaid: it cannot ship."),
            SimShipResult.ShippedOtherwise => call.Fail(409, "already_shipped", "The order shipped already with another carrier or waybill."),
            var result => call.Shipment(result == SimShipResult.Repeated ? 200 : 201, new JsonObject { ["order_id"] = id, ["carrier"] = carrier, ["waybill"] = waybill }),
        };
    }

    private static bool Time(IQueryCollection query, string name, out DateTimeOffset instant)
    {
        instant = default;
        return query.TryGetValue(name, out var value) && WebStoreProtocol.TryParseTime(value.ToString(), out instant);
    }

    private static bool Int(IQueryCollection query, string name, int fallback, out int value)
    {
        if (!query.TryGetValue(name, out var text) || text.ToString().Length == 0)
        {
            value = fallback;
            return true;
        }

        return int.TryParse(text.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    private sealed class Call(WebStoreSimulatorState state, string method)
    {
        private readonly string _requestId = WebStoreWire.NewRequestId();

        /// <summary>Faults, token, rate limit: an answer when the call stops here, else null with the token's shop.</summary>
        public IResult? Begin(HttpRequest request, out string? shop)
        {
            shop = null;
            if (state.TryTakeServerError(out var status))
            {
                state.Record(method, $"http:{status}");
                return WebStoreWire.Status(status, "text/html", "<html><body><h1>502 Bad Gateway</h1>nginx</body></html>", _requestId);
            }

            if (state.TryTakeGarbage())
            {
                state.Record(method, "garbage");
                return WebStoreWire.Status(200, "text/html", "<html><body>Maintenance</body></html>", _requestId);
            }

            var authorization = request.Headers.Authorization.ToString();
            var token = authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization["Bearer ".Length..].Trim() : null;
            if (string.IsNullOrEmpty(token))
            {
                return Fail(401, "invalid_token", "No bearer token.", wwwAuthenticate: "Bearer realm=\"webstore\"");
            }

            shop = state.ShopOfToken(token);
            if (shop is null)
            {
                var why = state.IsExpired(token) ? "The access token expired." : "The access token is not known.";
                return Fail(401, "invalid_token", why, wwwAuthenticate: $"Bearer realm=\"webstore\", error=\"invalid_token\", error_description=\"{why}\"");
            }

            if (state.TryTakeThrottle(shop))
            {
                return Fail(429, "rate_limited", "Too many requests for this shop; retry after the delay.", retryAfterSeconds: state.Options.RetryAfterSeconds);
            }

            return null;
        }

        public IResult Ok(JsonObject body)
        {
            state.Record(method, "ok");
            return WebStoreWire.Ok(body, _requestId);
        }

        public IResult Shipment(int status, JsonObject body)
        {
            state.Record(method, status == 200 ? "repeat" : "ok");
            return WebStoreWire.Status(status, "application/json", body.ToJsonString(), _requestId);
        }

        public IResult Fail(int status, string code, string detail, string? param = null, int? retryAfterSeconds = null, string? wwwAuthenticate = null)
        {
            state.Record(method, $"error:{code}");
            return WebStoreWire.Problem(status, code, detail, _requestId, param, retryAfterSeconds, wwwAuthenticate);
        }
    }
}
