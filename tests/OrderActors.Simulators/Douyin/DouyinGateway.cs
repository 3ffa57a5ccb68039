using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OrderActors.Domain.Channels;
using OrderActors.Domain.Channels.Douyin;
using OrderActors.Domain.Fulfilment;

namespace OrderActors.Simulators.Douyin;

/// <summary>
/// The Douyin shop gateway: one path per method (<c>/order/searchList</c>, <c>/order/orderDetail</c>,
/// <c>/token/refresh</c>), system parameters in the query string, <c>param_json</c> in the body (a POST, as
/// the SDKs send it) or in the query string (the older guide's GET). Checks, in this order (ours; Douyin
/// publishes none): method present and matching the path, app_key known, sign present, signature,
/// timestamp, v=2, param_json is JSON, flow control, access token, then the method's own parameters.
/// Codes and sub-codes are the platform's (see <see cref="DouyinErrorClassifier"/>); every answer is
/// HTTP 200 with the <c>{"code",…,"log_id"}</c> envelope.
/// </summary>
internal static class DouyinGateway
{
    public const string SearchList = "order.searchList";
    public const string OrderDetail = "order.orderDetail";
    public const string Refresh = "token.refresh";
    public const string LogisticsAdd = "order.logisticsAdd";

    /// <summary>The company codes this simulated Douyin knows (CarrierCodes' codes, plus one).</summary>
    private static readonly HashSet<string> Companies = new(StringComparer.Ordinal) { "shunfeng", "zhongtong", "yunda", "yuantong" };

    public static async Task<IResult> HandleAsync(HttpRequest request, DouyinSimulatorState state, string pathMethod)
    {
        var query = request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal);
        var method = query.GetValueOrDefault("method") ?? string.Empty;
        var call = new Call(state, method.Length == 0 ? "(none)" : method, DouyinWire.NewLogId());

        if (state.TryTakeServerError(out var status))
        {
            state.Record(call.Method, $"http:{status}");
            return Results.Text("<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html", statusCode: status);
        }

        if (state.TryTakeGarbage())
        {
            state.Record(call.Method, "garbage");
            return Results.Text("<html><body>upstream connect error</body></html>", "text/html");
        }

        if (method.Length == 0)
        {
            return call.Fail(40001, "缺少必选参数", "isv.parameter-missing", "method is required");
        }

        if (method != pathMethod)
        {
            return call.Fail(40003, "非法的参数", "isv.parameter-invalid", $"method {method} does not match the path of {pathMethod}");
        }

        var appKey = query.GetValueOrDefault("app_key") ?? string.Empty;
        if (state.SecretOf(appKey) is not { } secret)
        {
            return call.Fail(40001, "缺少必选参数", "isv.app-id-missing", "认证失败，app_key不存在");
        }

        if (query.GetValueOrDefault("sign") is not { Length: > 0 } sign)
        {
            return call.Fail(40001, "缺少必选参数", "isv.signature-missing", "获取签名失败，请根据文档确保参数拼装正确");
        }

        var paramJson = query.GetValueOrDefault("param_json") ?? await ReadBodyAsync(request).ConfigureAwait(false);
        var timestamp = query.GetValueOrDefault("timestamp") ?? string.Empty;
        var v = query.GetValueOrDefault("v") ?? string.Empty;
        if (!SignatureMatches(query.GetValueOrDefault("sign_method"), appKey, method, paramJson, timestamp, v, secret, sign))
        {
            return call.Fail(40003, "非法的参数", "isv.signature-invalid", "签名校验失败");
        }

        if (!TryParseTimestamp(timestamp, out var sent))
        {
            return call.Fail(40003, "非法的参数", "isv.timestamp-format-error", "时间戳格式错误");
        }

        if ((sent - state.Now).Duration() > state.Options.TimestampTolerance)
        {
            return call.Fail(40003, "非法的参数", "isv.timestamp-invalid", "时间戳不合法");
        }

        if (v != DoudianSigner.Version)
        {
            return call.Fail(40003, "非法的参数", "isv.parameter-invalid", "v must be 2");
        }

        JsonElement param;
        try
        {
            using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(paramJson) ? "{}" : paramJson);
            param = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return call.Fail(40003, "非法的参数", "isv.parameter-format-invalid", "业务参数json解析失败");
        }

        if (param.ValueKind != JsonValueKind.Object)
        {
            return call.Fail(40003, "非法的参数", "isv.parameter-format-invalid", "业务参数json解析失败");
        }

        if (state.TryTakeThrottle(appKey))
        {
            return call.Fail(60000, "触发限流，请稍后重试", "isv.traffic-limited", "请求太频繁，请稍后重试");
        }

        if (method == Refresh)
        {
            return RefreshToken(call, param, appKey);
        }

        if (query.GetValueOrDefault("access_token") is not { Length: > 0 } accessToken)
        {
            return call.Fail(40001, "缺少必选参数", "isv.access-token-missing", "认证失败，access_token不能为空");
        }

        if (state.ShopOfSession(accessToken, appKey) is not { } shop)
        {
            return state.IsExpired(accessToken)
                ? call.Fail(40003, "非法的参数", "isv.access-token-expired", "access_token已过期")
                : call.Fail(40003, "非法的参数", "isv.access-token-no-existed", "access_token不存在，请使用最新的access_token访问");
        }

        return method switch
        {
            SearchList => Search(call, param, shop),
            LogisticsAdd => Ship(call, param, shop),
            _ => Detail(call, param, shop),
        };
    }

    /// <summary>
    /// <c>order.logisticsAdd</c>: order_id, company_code and logistics_code (the deprecated logistics_id is
    /// not taken). Success is the envelope with empty data. Refusals use the codes of <see cref="ShipRefusals"/>.
    /// </summary>
    private static IResult Ship(Call call, JsonElement param, string shop)
    {
        if (Text(param, "order_id") is not { Length: > 0 } orderId || Text(param, "logistics_code") is not { Length: > 0 } waybill)
        {
            return call.Fail(40002, "缺少必选参数", "isv.parameter-missing", "order_id and logistics_code are required");
        }

        if (Text(param, "company_code") is not { Length: > 0 } company)
        {
            return call.Fail(40004, "非法的参数", "isv.parameter-invalid:60083", "物流公司编码(company_code)字段不能为空");
        }

        if (!Companies.Contains(company))
        {
            return call.Fail(50002, "业务处理失败", ShipRefusals.DouyinUnknownCompany, "物流公司错误。原因：暂不支持该物流商");
        }

        return call.State.Ship(shop, orderId, company, waybill) switch
        {
            SimShipResult.NotFound => call.Fail(50002, "业务处理失败", ShipRefusals.DouyinOrderNotFound, $"订单不存在: {orderId}"),
            SimShipResult.Closed => call.Fail(50002, "业务处理失败", ShipRefusals.DouyinStatusNotAllowed, "该订单的订单状态不允许发货"),
            SimShipResult.ShippedOtherwise => call.Fail(50002, "业务处理失败", ShipRefusals.DouyinStatusNotAllowed, "订单已发货"),
            _ => call.Ok([]),
        };
    }

    /// <summary>
    /// <c>order.searchList</c>: page from 0, size 1..100 (documented), order_by create_time (default) or
    /// update_time, order_asc default false (documented: newest first). Time ranges are inclusive on both
    /// ends (not documented; inclusive never loses an order on a window edge) and at most
    /// <see cref="DouyinSimulatorOptions.MaxWindow"/> long (the simulator's enforcement of the client's chosen limit).
    /// </summary>
    private static IResult Search(Call call, JsonElement param, string shop)
    {
        if (!TryLong(param, "page", 0, out var page) || page < 0)
        {
            return call.Fail(40004, "非法的参数", "isv.parameter-invalid", "page must be an integer from 0");
        }

        if (!TryLong(param, "size", 10, out var size) || size is < 1 or > 100)
        {
            return call.Fail(40004, "非法的参数", "isv.parameter-invalid", "size限制100以内");
        }

        var orderBy = Text(param, "order_by") ?? "create_time";
        if (orderBy is not ("create_time" or "update_time"))
        {
            return call.Fail(40004, "非法的参数", "isv.parameter-invalid", "order_by must be create_time or update_time");
        }

        if (!TryBool(param, "order_asc", out var ascending))
        {
            return call.Fail(40004, "非法的参数", "isv.parameter-invalid", "order_asc must be a boolean");
        }

        var filters = new List<Func<SimDouyinOrder, bool>>();
        foreach (var field in (string[])["update_time", "create_time"])
        {
            if (!TryLong(param, field + "_start", long.MinValue, out var from) || !TryLong(param, field + "_end", long.MaxValue, out var to))
            {
                return call.Fail(40004, "非法的参数", "isv.parameter-invalid", $"{field}_start and {field}_end are Unix seconds");
            }

            if (from != long.MinValue && to != long.MaxValue
                && (to < from || TimeSpan.FromSeconds(to - from) > call.State.Options.MaxWindow))
            {
                return call.Fail(40004, "非法的参数", "isv.parameter-invalid",
                    string.Create(CultureInfo.InvariantCulture, $"{field}_end must not be before {field}_start and at most {call.State.Options.MaxWindow.TotalSeconds} seconds after it"));
            }

            Func<SimDouyinOrder, long> value = field == "update_time" ? o => o.UpdateTime.ToUnixTimeSeconds() : o => o.CreateTime.ToUnixTimeSeconds();
            filters.Add(o => value(o) >= from && value(o) <= to);
        }

        var matching = call.State.Search(shop, o => filters.All(f => f(o)), orderBy, ascending);
        var orders = call.State.Page(matching, (int)Math.Min(page + 1, int.MaxValue), (int)size);
        var data = new JsonObject
        {
            ["page"] = page,
            ["size"] = size,
            ["total"] = matching.Count,
            ["shop_order_list"] = new JsonArray([.. orders.Select(o => DouyinWire.ShopOrder(o, shop, inList: true))]),
        };
        return call.Ok(data);
    }

    private static IResult Detail(Call call, JsonElement param, string shop)
    {
        if (Text(param, "shop_order_id") is not { Length: > 0 } orderId)
        {
            return call.Fail(40002, "缺少必选参数", "isv.parameter-missing", "shop_order_id is required");
        }

        if (call.State.FindOrder(shop, orderId) is not { } order)
        {
            // Douyin's answer for an order that is not the shop's was not confirmed; this one is chosen.
            return call.Fail(50002, "业务处理失败", "isv.business-failed", $"订单不存在: {orderId}");
        }

        return call.Ok(new JsonObject { ["shop_order_detail"] = DouyinWire.ShopOrder(order, shop, inList: false) });
    }

    /// <summary>
    /// <c>token.refresh</c>: grant_type=refresh_token and refresh_token in param_json. The refresh token is
    /// used up (the shared simulator rule); an unknown, used or expired one is 50001
    /// <c>dop.token-generate-failed:token-invalid</c> (Douyin also has <c>:token-expired</c>; the simulator
    /// does not tell the two apart).
    /// </summary>
    private static IResult RefreshToken(Call call, JsonElement param, string appKey)
    {
        if (Text(param, "grant_type") != "refresh_token")
        {
            return call.Fail(50001, "平台处理失败", "dop.token-generate-failed:grant-type-invalid", "生成token失败，grant_type参数取值不正确");
        }

        if (Text(param, "refresh_token") is not { Length: > 0 } refreshToken)
        {
            return call.Fail(40002, "缺少必选参数", "isv.parameter-missing", "refresh_token is required");
        }

        if (call.State.Refresh(appKey, refreshToken) is not { } session)
        {
            return call.Fail(50001, "平台处理失败", "dop.token-generate-failed:token-invalid", "生成token失败，token不存在");
        }

        var shopId = DouyinWire.ShopId(session.Shop).ToString(CultureInfo.InvariantCulture);
        return call.Ok(new JsonObject
        {
            ["access_token"] = session.AccessToken,
            ["expires_in"] = (long)Math.Round((session.ExpiresAt - call.State.Now).TotalSeconds),
            ["refresh_token"] = session.RefreshToken,
            ["scope"] = "SCOPE",
            ["shop_id"] = shopId,
            ["shop_name"] = session.Shop,
            ["authority_id"] = shopId,
        });
    }

    private static bool SignatureMatches(string? signMethodName, string appKey, string method, string paramJson, string timestamp, string v, string secret, string sign)
    {
        // The older guide makes md5 the default when sign_method is left out.
        DoudianSignMethod? signMethod = signMethodName switch
        {
            null or "" or "md5" => DoudianSignMethod.Md5,
            "hmac-sha256" => DoudianSignMethod.HmacSha256,
            _ => null,
        };
        if (signMethod is not { } chosen)
        {
            return false;
        }

        // Signed over param_json exactly as it was sent, as the SDKs compute it.
        var expected = DoudianSigner.Sign(appKey, method, paramJson, timestamp, secret, chosen, v);
        return string.Equals(expected, sign, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Unix seconds (what the SDKs send) or <c>yyyy-MM-dd HH:mm:ss</c> in GMT+8 (the older guide).</summary>
    private static bool TryParseTimestamp(string text, out DateTimeOffset instant)
    {
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds <= 253402300799)
        {
            instant = DateTimeOffset.FromUnixTimeSeconds(seconds);
            return true;
        }

        return PlatformTime.TryParseChinaTime(text, out instant);
    }

    private static async Task<string> ReadBodyAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        return await reader.ReadToEndAsync().ConfigureAwait(false);
    }

    private static string? Text(JsonElement param, string name) =>
        param.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;

    /// <summary>An integer given as a JSON number or a string of digits (the older API wanted every parameter as a string).</summary>
    private static bool TryLong(JsonElement param, string name, long fallback, out long value)
    {
        value = fallback;
        if (!param.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        return element.ValueKind switch
        {
            JsonValueKind.Number => element.TryGetInt64(out value),
            JsonValueKind.String => long.TryParse(element.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value),
            _ => false,
        };
    }

    private static bool TryBool(JsonElement param, string name, out bool value)
    {
        value = false;
        if (!param.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        switch (element.ValueKind)
        {
            case JsonValueKind.True:
                value = true;
                return true;
            case JsonValueKind.False:
                return true;
            case JsonValueKind.String:
                return bool.TryParse(element.GetString(), out value);
            default:
                return false;
        }
    }

    private sealed record Call(DouyinSimulatorState State, string Method, string LogId)
    {
        public IResult Fail(int code, string msg, string subCode, string subMsg)
        {
            State.Record(Method, string.Create(CultureInfo.InvariantCulture, $"error:{code}"));
            return DouyinWire.Answer(code, msg, subCode, subMsg, null, LogId);
        }

        public IResult Ok(JsonObject data)
        {
            State.Record(Method, "ok");
            return DouyinWire.Answer(DouyinWire.Success, "success", string.Empty, string.Empty, data, LogId);
        }
    }
}
