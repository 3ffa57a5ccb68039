using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using OrderActors.Domain.Channels;
using OrderActors.Domain.Channels.Pinduoduo;
using OrderActors.Domain.Fulfilment;

namespace OrderActors.Simulators.Pdd;

/// <summary>
/// The Pinduoduo POP gateway (<c>/api/router</c>). Checks, in this order (the order is ours; Pinduoduo
/// does not publish one): type present (10001), client_id known (10016), signature (20004), timestamp
/// within the tolerance (10001), data_type JSON (10001), type known (10017), flow control (70031), access
/// token — missing 10001, expired 10019, unknown or another app's 20032 — then the type's own parameters
/// (21002 missing, 21001 invalid). Codes and messages are Pinduoduo's (its error table); which code
/// answers which of these checks is confirmed only for 10019, 20004 and 70031. Errors are HTTP 200 with
/// <c>{"error_response":{…}}</c>.
/// </summary>
internal static class PddGateway
{
    private const string IncrementType = "pdd.order.number.list.increment.get";
    private const string ListType = "pdd.order.list.get";
    private const string InformationType = "pdd.order.information.get";
    private const string RefreshType = "pdd.pop.auth.token.refresh";
    private const string OnlineSendType = "pdd.logistics.online.send";

    /// <summary>The logistics companies this simulated Pinduoduo knows, by logistics_id (CarrierCodes' ids, plus one).</summary>
    private static readonly HashSet<string> Companies = new(StringComparer.Ordinal) { "44", "115", "121", "85" };
    private static readonly TimeSpan MaxIncrementWindow = TimeSpan.FromMinutes(30);
    private static readonly TimeSpan MaxConfirmWindow = TimeSpan.FromHours(24);

    public static async Task<IResult> HandleAsync(HttpRequest request, PddSimulatorState state)
    {
        var parameters = await ReadParametersAsync(request).ConfigureAwait(false);
        var type = parameters.GetValueOrDefault("type") ?? string.Empty;
        var call = new Call(state, type.Length == 0 ? "(none)" : type, NewRequestId());

        if (state.TryTakeServerError(out var status))
        {
            state.Record(call.Type, $"http:{status}");
            return Results.Text("<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html", statusCode: status);
        }

        if (state.TryTakeGarbage())
        {
            state.Record(call.Type, "garbage");
            return Results.Text("<html><body>waf</body></html>", "text/html");
        }

        if (type.Length == 0)
        {
            return call.Fail(10001, "公共参数错误", "type is required");
        }

        var clientId = parameters.GetValueOrDefault("client_id") ?? string.Empty;
        if (state.SecretOf(clientId) is not { } secret)
        {
            return call.Fail(10016, "client下线或者clientId不正确");
        }

        var sign = parameters.GetValueOrDefault("sign");
        var expected = PddSigner.Sign(parameters.Select(p => KeyValuePair.Create(p.Key, (string?)p.Value)), secret);
        if (sign is null || !string.Equals(expected, sign, StringComparison.OrdinalIgnoreCase))
        {
            return call.Fail(20004, "签名sign校验失败");
        }

        if (!long.TryParse(parameters.GetValueOrDefault("timestamp"), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || (PlatformTime.FromUnixSeconds(seconds) - state.Now).Duration() > state.Options.TimestampTolerance)
        {
            return call.Fail(10001, "公共参数错误", "timestamp must be Unix seconds within 10 minutes of the platform's time");
        }

        if (parameters.GetValueOrDefault("data_type") is { } dataType && dataType != "JSON")
        {
            // Pinduoduo's default is JSON and it also serves XML; this simulator speaks JSON only.
            return call.Fail(10001, "公共参数错误", "the simulator serves data_type=JSON only");
        }

        if (type is not (IncrementType or ListType or InformationType or RefreshType or OnlineSendType))
        {
            return call.Fail(10017, "type不正确");
        }

        if (state.TryTakeThrottle(clientId))
        {
            return call.Fail(70031, "调用过于频繁，请调整调用频率");
        }

        if (type == RefreshType)
        {
            return Refresh(call, parameters, clientId);
        }

        if (parameters.GetValueOrDefault("access_token") is not { Length: > 0 } accessToken)
        {
            return call.Fail(10001, "公共参数错误", "access_token is required");
        }

        if (state.ShopOfSession(accessToken, clientId) is not { } shop)
        {
            return state.IsExpired(accessToken)
                ? call.Fail(10019, "access_token已过期")
                : call.Fail(20032, "access_token或client_id错误");
        }

        return type switch
        {
            IncrementType => Increment(call, parameters, shop),
            ListType => ListByConfirmTime(call, parameters, shop),
            OnlineSendType => OnlineSend(call, parameters, shop),
            _ => Information(call, parameters, shop),
        };
    }

    /// <summary>Documented: end_updated_at − start_updated_at ≤ 30 minutes; order_status and refund_status required (5 for all).</summary>
    private static IResult Increment(Call call, IReadOnlyDictionary<string, string> parameters, string shop)
    {
        if (Missing(parameters, "start_updated_at", "end_updated_at", "order_status", "refund_status") is { } missing)
        {
            return call.Fail(21002, "请求参数不能为空", $"{missing} is required");
        }

        if (Window(call, parameters, "start_updated_at", "end_updated_at", MaxIncrementWindow, out var start, out var end) is { } refused)
        {
            return refused;
        }

        return OrderList(call, parameters, call.State.UpdatedBetween(shop, start, end), "order_sn_list", "order_sn_increment_get_response");
    }

    /// <summary><c>pdd.order.list.get</c>: by confirm time, end_confirm_at − start_confirm_at ≤ 24 hours (documented).</summary>
    private static IResult ListByConfirmTime(Call call, IReadOnlyDictionary<string, string> parameters, string shop)
    {
        if (Missing(parameters, "start_confirm_at", "end_confirm_at", "order_status", "refund_status") is { } missing)
        {
            return call.Fail(21002, "请求参数不能为空", $"{missing} is required");
        }

        if (Window(call, parameters, "start_confirm_at", "end_confirm_at", MaxConfirmWindow, out var start, out var end) is { } refused)
        {
            return refused;
        }

        return OrderList(call, parameters, call.State.ConfirmedBetween(shop, start, end), "order_list", "order_list_get_response");
    }

    private static IResult? Window(
        Call call, IReadOnlyDictionary<string, string> parameters, string startName, string endName, TimeSpan max, out DateTimeOffset start, out DateTimeOffset end)
    {
        (start, end) = (default, default);
        if (!long.TryParse(parameters[startName], NumberStyles.None, CultureInfo.InvariantCulture, out var startSeconds))
        {
            return call.Fail(21001, "请求参数错误", $"{startName} must be Unix seconds");
        }

        if (!long.TryParse(parameters[endName], NumberStyles.None, CultureInfo.InvariantCulture, out var endSeconds))
        {
            return call.Fail(21001, "请求参数错误", $"{endName} must be Unix seconds");
        }

        // Which code Pinduoduo answers for a window over the limit was not confirmed; 21001 is chosen.
        if (endSeconds <= startSeconds || endSeconds - startSeconds > (long)max.TotalSeconds)
        {
            return call.Fail(21001, "请求参数错误", string.Create(CultureInfo.InvariantCulture, $"{endName} must be after {startName} and at most {max.TotalMinutes} minutes later"));
        }

        (start, end) = (PlatformTime.FromUnixSeconds(startSeconds), PlatformTime.FromUnixSeconds(endSeconds));
        return null;
    }

    private static IResult OrderList(Call call, IReadOnlyDictionary<string, string> parameters, IReadOnlyList<PddSimOrder> matching, string listName, string responseName)
    {
        // Documented: page from 1, default 1; page_size default 100, at most 100; use_has_next default false.
        if (!TryInt(parameters, "page", 1, out var page) || page < 1)
        {
            return call.Fail(21001, "请求参数错误", "page must be a positive integer");
        }

        if (!TryInt(parameters, "page_size", 100, out var pageSize) || pageSize is < 1 or > 100)
        {
            return call.Fail(21001, "请求参数错误", "page_size must be 1..100");
        }

        if (!TryInt(parameters, "order_status", 5, out var orderStatus) || orderStatus is not (1 or 2 or 3 or 5))
        {
            return call.Fail(21001, "请求参数错误", "order_status must be 1, 2, 3 or 5");
        }

        if (!TryInt(parameters, "refund_status", 5, out var refundStatus) || refundStatus is < 1 or > 5)
        {
            return call.Fail(21001, "请求参数错误", "refund_status must be 1..5");
        }

        if (!TryInt(parameters, "is_lucky_flag", 0, out var lucky) || lucky is < 0 or > 2)
        {
            return call.Fail(21001, "请求参数错误", "is_lucky_flag must be 0, 1 or 2");
        }

        var selected = matching
            .Where(o => (orderStatus == 5 || o.OrderStatus == orderStatus)
                && (refundStatus == 5 || o.RefundStatus == refundStatus)
                && (lucky == 0 || o.IsLuckyFlag == lucky))
            .ToList();
        var useHasNext = parameters.GetValueOrDefault("use_has_next") == "true";
        var items = call.State.Page(selected, page, pageSize);

        var body = new JsonObject { [listName] = new JsonArray([.. items.Select(PddWire.Order)]) };

        // Documented: with use_has_next=true the total is left out and has_next is added.
        if (useHasNext)
        {
            body["has_next"] = (long)page * pageSize < selected.Count;
        }
        else
        {
            body["total_count"] = selected.Count;
        }

        body["request_id"] = call.RequestId;
        return call.Ok(new JsonObject { [responseName] = body });
    }

    /// <summary>
    /// <c>pdd.logistics.online.send</c>: order_sn, logistics_id and tracking_number are required (documented).
    /// Success is <c>logistics_online_send_response.is_success</c>; refusals are 21001 with the sub-codes of
    /// <see cref="ShipRefusals"/> (chosen).
    /// </summary>
    private static IResult OnlineSend(Call call, IReadOnlyDictionary<string, string> parameters, string shop)
    {
        if (Missing(parameters, "order_sn", "logistics_id", "tracking_number") is { } missing)
        {
            return call.Fail(21002, "请求参数不能为空", $"{missing} is required");
        }

        var (orderSn, logisticsId, tracking) = (parameters["order_sn"], parameters["logistics_id"], parameters["tracking_number"]);
        if (!Companies.Contains(logisticsId))
        {
            return call.Refuse(ShipRefusals.PddUnknownLogistics, $"快递公司不存在: {logisticsId}");
        }

        return call.State.Ship(shop, orderSn, logisticsId, tracking) switch
        {
            SimShipResult.NotFound => call.Refuse(ShipRefusals.PddOrderNotFound, $"订单不存在: {orderSn}"),
            SimShipResult.Closed => call.Refuse(ShipRefusals.PddOrderClosed, "订单售后中或已退款，不能发货"),
            SimShipResult.ShippedOtherwise => call.Refuse(ShipRefusals.PddShippedOtherwise, "订单已发货"),
            _ => call.Ok(new JsonObject
            {
                ["logistics_online_send_response"] = new JsonObject { ["is_success"] = true, ["request_id"] = call.RequestId },
            }),
        };
    }

    private static IResult Information(Call call, IReadOnlyDictionary<string, string> parameters, string shop)
    {
        if (Missing(parameters, "order_sn") is { } missing)
        {
            return call.Fail(21002, "请求参数不能为空", $"{missing} is required");
        }

        if (call.State.FindOrder(shop, parameters["order_sn"]) is not { } order)
        {
            // Pinduoduo's answer for an order that is not the shop's was not confirmed; this one is chosen.
            return call.Fail(21001, "请求参数错误", $"order {parameters["order_sn"]} does not exist for this shop");
        }

        return call.Ok(new JsonObject
        {
            ["order_info_get_response"] = new JsonObject { ["order_info"] = PddWire.Order(order), ["request_id"] = call.RequestId },
        });
    }

    /// <summary>
    /// <c>pdd.pop.auth.token.refresh</c>: the refresh token is used up and a new pair issued (the shared
    /// session rules). Its response fields are those of the public SDKs' response model; expires_at and
    /// refresh_token_expires_at are written in Unix seconds (their unit was not confirmed). A refused
    /// refresh token is answered 20032, chosen: Pinduoduo's code for it was not confirmed.
    /// </summary>
    private static IResult Refresh(Call call, IReadOnlyDictionary<string, string> parameters, string clientId)
    {
        if (Missing(parameters, "refresh_token") is { } missing)
        {
            return call.Fail(21002, "请求参数不能为空", $"{missing} is required");
        }

        if (call.State.Refresh(clientId, parameters["refresh_token"]) is not { } session)
        {
            return call.Fail(20032, "access_token或client_id错误", "refresh_token无效或已过期");
        }

        var now = call.State.Now;
        var expiresIn = (long)Math.Round((session.ExpiresAt - now).TotalSeconds);
        var refreshExpiresIn = (long)Math.Round((session.RefreshExpiresAt - now).TotalSeconds);
        return call.Ok(new JsonObject
        {
            ["pop_auth_token_refresh_response"] = new JsonObject
            {
                ["access_token"] = session.AccessToken,
                ["expires_in"] = expiresIn,
                ["expires_at"] = session.ExpiresAt.ToUnixTimeSeconds(),
                ["refresh_token"] = session.RefreshToken,
                ["refresh_token_expires_in"] = refreshExpiresIn,
                ["refresh_token_expires_at"] = session.RefreshExpiresAt.ToUnixTimeSeconds(),
                ["owner_id"] = OwnerId(session.Shop),
                ["owner_name"] = session.Shop,
                ["scope"] = new JsonArray(IncrementType, ListType, InformationType),
                ["request_id"] = call.RequestId,
            },
        });
    }

    private static async Task<IReadOnlyDictionary<string, string>> ReadParametersAsync(HttpRequest request)
    {
        // The gateway takes parameters in the query string, a form body, or a JSON object body (the
        // official SDKs post forms; some public SDKs post JSON). All of them are signed alike.
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in request.Query)
        {
            parameters[name] = value.ToString();
        }

        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync().ConfigureAwait(false);
            foreach (var (name, value) in form)
            {
                parameters[name] = value.ToString();
            }
        }
        else if (request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true)
        {
            try
            {
                using var document = await JsonDocument.ParseAsync(request.Body).ConfigureAwait(false);
                if (document.RootElement.ValueKind == JsonValueKind.Object)
                {
                    foreach (var property in document.RootElement.EnumerateObject())
                    {
                        parameters[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
                    }
                }
            }
            catch (JsonException)
            {
                // An unreadable body adds no parameters; the checks above answer what is missing.
            }
        }

        return parameters;
    }

    private static string? Missing(IReadOnlyDictionary<string, string> parameters, params string[] names) =>
        names.FirstOrDefault(n => string.IsNullOrWhiteSpace(parameters.GetValueOrDefault(n)));

    private static bool TryInt(IReadOnlyDictionary<string, string> parameters, string name, int fallback, out int value)
    {
        if (parameters.GetValueOrDefault(name) is not { Length: > 0 } text)
        {
            value = fallback;
            return true;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    private static string NewRequestId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));

    // A stable made-up numeric shop id.
    private static string OwnerId(string shop) =>
        ((uint)shop.Aggregate(17, (hash, c) => unchecked((hash * 31) + c))).ToString(CultureInfo.InvariantCulture);

    private sealed record Call(PddSimulatorState State, string Type, string RequestId)
    {
        public IResult Fail(int code, string msg, string? subMsg = null)
        {
            State.Record(Type, string.Create(CultureInfo.InvariantCulture, $"error:{code}"));
            return PddWire.Ok(PddWire.Error(code, msg, subMsg, RequestId));
        }

        public IResult Ok(JsonObject body)
        {
            State.Record(Type, "ok");
            return PddWire.Ok(body);
        }

        /// <summary>A business refusal of the ship call: 21001 with its own sub-code.</summary>
        public IResult Refuse(string subCode, string subMsg)
        {
            State.Record(Type, $"error:{ShipRefusals.PddErrorCode}:{subCode}");
            return PddWire.Ok(PddWire.Error(int.Parse(ShipRefusals.PddErrorCode, CultureInfo.InvariantCulture), "请求参数错误", subMsg, RequestId, subCode));
        }
    }
}
