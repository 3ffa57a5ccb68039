using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using OrderActors.Domain.Channels;
using OrderActors.Domain.Channels.Jd;
using OrderActors.Domain.Fulfilment;

namespace OrderActors.Simulators.Jd;

/// <summary>
/// The JOS gateway (<c>/routerjson</c>). Checks, in this order (the order is ours; JD does not publish
/// one): method present (14), app_key known (21), signature present (11) and right (12), timestamp
/// present (7) and within six minutes (8), v present (4) and 2.0 (5), method known (15), flow control
/// (2), access_token known and unexpired (19); then the method's own parameters from
/// <c>360buy_param_json</c>. Gateway errors are HTTP 200 with
/// <c>{"error_response":{"code","zh_desc","en_desc"}}</c>; the method's own refusals come inside its
/// answer as <c>apiResult.success=false</c>, with numberCodes that are the simulator's (JD's were not confirmed).
/// </summary>
internal static class JdGateway
{
    /// <summary>The simulator's numberCode for a business parameter JD would refuse.</summary>
    public const int InvalidParameter = 100;

    /// <summary>The simulator's numberCode for an order that is not the seller's (or does not exist).</summary>
    public const int OrderNotFound = 404;

    private const string SearchMethod = "jingdong.pop.order.search";
    private const string GetMethod = "jingdong.pop.order.get";
    private const string ShipmentMethod = "jingdong.pop.order.shipment";

    /// <summary>The delivery companies this simulated JD knows, by logiCoprId (CarrierCodes' ids, plus EMS 465).</summary>
    private static readonly HashSet<string> Companies = new(StringComparer.Ordinal) { "467", "1499", "1327", "465" };

    public static async Task<IResult> HandleAsync(HttpRequest request, JdSimulatorState state)
    {
        var parameters = await ReadParametersAsync(request).ConfigureAwait(false);
        var method = parameters.GetValueOrDefault("method") ?? string.Empty;
        var call = new Call(state, method.Length == 0 ? "(none)" : method);

        if (state.TryTakeServerError(out var status))
        {
            state.Record(call.Method, $"http:{status}");
            return Results.Text("<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html", statusCode: status);
        }

        if (state.TryTakeGarbage())
        {
            state.Record(call.Method, "garbage");
            return Results.Text("<html><body>JSF provider busy</body></html>", "text/html");
        }

        if (method.Length == 0)
        {
            return call.Fail(14, "缺少方法名参数", "Missing Method");
        }

        var appKey = parameters.GetValueOrDefault("app_key") ?? string.Empty;
        if (state.SecretOf(appKey) is not { } secret)
        {
            return call.Fail(21, $"key={(appKey.Length == 0 ? "0" : appKey)} 信息无效", "Invalid app_key");
        }

        if (parameters.GetValueOrDefault("sign") is not { Length: > 0 } sign)
        {
            return call.Fail(11, "缺少签名参数", "Missing Signature");
        }

        var expected = JosSigner.Sign(parameters.Select(p => KeyValuePair.Create(p.Key, (string?)p.Value)), secret);
        if (!string.Equals(expected, sign, StringComparison.OrdinalIgnoreCase))
        {
            return call.Fail(12, "无效签名", "Invalid Signature");
        }

        if (parameters.GetValueOrDefault("timestamp") is not { Length: > 0 } timestampText)
        {
            return call.Fail(7, "缺少时间戳参数", "Missing Timestamp");
        }

        if (!PlatformTime.TryParseChinaTime(timestampText, out var timestamp) || (timestamp - state.Now).Duration() > state.Options.TimestampTolerance)
        {
            return call.Fail(8, "非法的时间戳参数", "Invalid Timestamp");
        }

        if (parameters.GetValueOrDefault("v") is not { Length: > 0 } version)
        {
            return call.Fail(4, "缺少版本参数", "Missing Version");
        }

        if (version != "2.0")
        {
            return call.Fail(5, "不支持的版本号", "Unsupported Version");
        }

        if (method is not (SearchMethod or GetMethod or ShipmentMethod))
        {
            return call.Fail(15, "不存在的方法名", "Invalid Method");
        }

        if (state.TryTakeThrottle(appKey))
        {
            return call.Fail(2, "限制时间内调用失败次数", "App Call Limited");
        }

        if (parameters.GetValueOrDefault("access_token") is not { Length: > 0 } accessToken
            || state.ShopOfSession(accessToken, appKey) is not { } shop)
        {
            return call.Fail(19, "token已过期或者不存在，请重新授权访问", "Invalid access_token");
        }

        JsonElement business;
        try
        {
            using var document = JsonDocument.Parse(parameters.GetValueOrDefault("360buy_param_json") is { Length: > 0 } json ? json : "{}");
            business = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            business = default;
        }

        if (business.ValueKind != JsonValueKind.Object)
        {
            return method == SearchMethod
                ? call.SearchRefused("360buy_param_json is not a JSON object", "360buy_param_json 不是 JSON 对象")
                : call.GetRefused(InvalidParameter, "360buy_param_json is not a JSON object", "360buy_param_json 不是 JSON 对象");
        }

        return method switch
        {
            SearchMethod => Search(call, business, shop),
            ShipmentMethod => Shipment(call, business, shop),
            _ => Get(call, business, shop),
        };
    }

    /// <summary>
    /// <c>jingdong.pop.order.shipment</c> with orderId, logiCoprId and logiNo (named as the SDKs name them).
    /// The answer is <c>sopjosshipment_result</c>: <c>success</c>, and on a refusal <c>errorCode</c> with
    /// <c>chineseErrCode</c>/<c>englishErrCode</c> (codes chosen: <see cref="ShipRefusals"/>).
    /// </summary>
    private static IResult Shipment(Call call, JsonElement business, string shop)
    {
        if (!long.TryParse(Param(business, "orderId"), NumberStyles.None, CultureInfo.InvariantCulture, out var orderId)
            || Param(business, "logiNo") is not { Length: > 0 } waybill || Param(business, "logiCoprId") is not { Length: > 0 } company)
        {
            return call.Shipped(false, "10000", "orderId, logiCoprId and logiNo are required", "参数错误");
        }

        if (!Companies.Contains(company))
        {
            return call.Shipped(false, ShipRefusals.JdUnknownCompany, $"unknown logistics company {company}", "物流公司不存在");
        }

        return call.State.Ship(shop, orderId, company, waybill) switch
        {
            SimShipResult.NotFound => call.Shipped(false, ShipRefusals.JdOrderNotFound, $"order {orderId} not found for this vender", "订单不存在"),
            SimShipResult.Closed => call.Shipped(false, ShipRefusals.JdOrderClosed, "the order is cancelled or locked", "订单已取消或已锁定，不能出库"),
            SimShipResult.ShippedOtherwise => call.Shipped(false, ShipRefusals.JdShippedOtherwise, "the order was shipped with another waybill", "订单已出库"),
            _ => call.Shipped(true, null, null, null),
        };
    }

    private static IResult Search(Call call, JsonElement business, string shop)
    {
        var state = call.State;
        if (Param(business, "optional_fields") is not { Length: > 0 } fieldList)
        {
            // Documented: "必填，不填或者为空则请求被拒绝".
            return call.SearchRefused("optional_fields is required", "optional_fields 必填");
        }

        if (Param(business, "order_state") is not { Length: > 0 } stateList)
        {
            return call.SearchRefused("order_state is required", "order_state 必填");
        }

        var states = Split(stateList);
        if (states.FirstOrDefault(s => !JdStatusMap.OrderStates.ContainsKey(s)) is { } unknown)
        {
            return call.SearchRefused($"order_state '{unknown}' is not a JD order state", "请用英文逗号拼接英文状态");
        }

        if (!TryInt(business, "page", null, out var page) || page < 1)
        {
            return call.SearchRefused("page must be a positive integer", "page 必须为正整数");
        }

        if (!TryInt(business, "page_size", null, out var pageSize) || pageSize < 1 || pageSize > state.Options.MaxPageSize)
        {
            return call.SearchRefused(
                string.Create(CultureInfo.InvariantCulture, $"page_size must be 1..{state.Options.MaxPageSize}"),
                string.Create(CultureInfo.InvariantCulture, $"每页的条数最大 {state.Options.MaxPageSize}"));
        }

        // dateType and sortType: documented as numbers where 1 means "by creation time" / "descending"
        // and any other number the default.
        if (!TryInt(business, "dateType", 0, out var dateType) || !TryInt(business, "sortType", 0, out var sortType))
        {
            return call.SearchRefused("dateType and sortType must be numbers", "dateType、sortType 必须为数字");
        }

        DateTimeOffset start;
        DateTimeOffset end;
        var startText = Param(business, "start_date");
        var endText = Param(business, "end_date");
        if (string.IsNullOrEmpty(startText) && string.IsNullOrEmpty(endText) && states.SetEquals(["WAIT_SELLER_STOCK_OUT"]))
        {
            // Documented: for WAIT_SELLER_STOCK_OUT alone the dates may be left out, "默认返回前一个月的订单".
            (start, end) = (state.Now.AddMonths(-1), state.Now);
        }
        else if (!PlatformTime.TryParseChinaTime(startText, out start) || !PlatformTime.TryParseChinaTime(endText, out end))
        {
            return call.SearchRefused("start_date and end_date are required, as yyyy-MM-dd HH:mm:ss", "start_date、end_date 必传，格式 yyyy-MM-dd HH:mm:ss");
        }
        else if (!JdSearchWindow.IsAllowed(start, end))
        {
            // Documented: "开始时间和结束时间，不得相差超过1个月".
            return call.SearchRefused("end_date must be after start_date and at most one month later", "开始时间和结束时间，不得相差超过1个月");
        }

        var matching = state.Search(shop, start, end, byCreation: dateType == 1, states, descending: sortType == 1);
        var orders = state.Page(matching, page, pageSize);
        var fields = Split(fieldList);
        var result = new JsonObject
        {
            ["apiResult"] = JdWire.ApiResult(true),
            ["orderTotal"] = matching.Count,
            ["orderInfoList"] = new JsonArray([.. orders.Select(o => JdWire.Order(o, shop, fields))]),
        };
        return call.Ok(new JsonObject { ["code"] = "0", ["searchorderinfo_result"] = result });
    }

    private static IResult Get(Call call, JsonElement business, string shop)
    {
        if (Param(business, "optional_fields") is not { Length: > 0 } fieldList)
        {
            return call.GetRefused(InvalidParameter, "optional_fields is required", "optional_fields 必填");
        }

        if (!long.TryParse(Param(business, "order_id"), NumberStyles.None, CultureInfo.InvariantCulture, out var orderId))
        {
            return call.GetRefused(InvalidParameter, "order_id must be a number", "order_id 必须为数字");
        }

        var states = Param(business, "order_state") is { Length: > 0 } stateList ? Split(stateList) : null;
        if (call.State.FindOrder(shop, orderId) is not { } order || (states is not null && !states.Contains(order.OrderState)))
        {
            return call.GetRefused(OrderNotFound, $"order {orderId} not found for this vender", "订单不存在");
        }

        var detail = new JsonObject
        {
            ["apiResult"] = JdWire.ApiResult(true),
            ["orderInfo"] = JdWire.Order(order, shop, Split(fieldList)),
        };
        return call.Ok(new JsonObject { ["code"] = "0", ["orderDetailInfo"] = detail });
    }

    /// <summary>A business parameter as text: the SDKs send some as strings and some as numbers.</summary>
    private static string? Param(JsonElement business, string name) =>
        business.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;

    private static bool TryInt(JsonElement business, string name, int? fallback, out int value)
    {
        if (Param(business, name) is not { Length: > 0 } text)
        {
            value = fallback ?? 0;
            return fallback is not null;
        }

        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    private static HashSet<string> Split(string list) =>
        new(list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), StringComparer.Ordinal);

    private static async Task<IReadOnlyDictionary<string, string>> ReadParametersAsync(HttpRequest request)
    {
        // The JOS SDKs send everything in a form body (POST) or in the query string (GET); both are read.
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

        return parameters;
    }

    private sealed record Call(JdSimulatorState State, string Method)
    {
        private string ResponseName => Method.Replace('.', '_') + "_responce";

        public IResult Fail(int code, string zh, string en)
        {
            State.Record(Method, string.Create(CultureInfo.InvariantCulture, $"error:{code}"));
            return JdWire.Ok(JdWire.Error(code, zh, en));
        }

        public IResult Ok(JsonObject payload)
        {
            State.Record(Method, "ok");
            return JdWire.Ok(new JsonObject { [ResponseName] = payload });
        }

        public IResult SearchRefused(string english, string chinese)
        {
            State.Record(Method, string.Create(CultureInfo.InvariantCulture, $"api:{InvalidParameter}"));
            var result = new JsonObject
            {
                ["apiResult"] = JdWire.ApiResult(false, InvalidParameter, english, chinese),
                ["orderTotal"] = 0,
                ["orderInfoList"] = new JsonArray(),
            };
            return JdWire.Ok(new JsonObject { [ResponseName] = new JsonObject { ["code"] = "0", ["searchorderinfo_result"] = result } });
        }

        public IResult Shipped(bool success, string? errorCode, string? english, string? chinese)
        {
            State.Record(Method, success ? "ok" : $"api:{errorCode}");
            var result = new JsonObject { ["success"] = success };
            if (!success)
            {
                (result["errorCode"], result["englishErrCode"], result["chineseErrCode"]) = (errorCode, english, chinese);
            }

            return JdWire.Ok(new JsonObject { [ResponseName] = new JsonObject { ["code"] = "0", ["sopjosshipment_result"] = result } });
        }

        public IResult GetRefused(int numberCode, string english, string chinese)
        {
            State.Record(Method, string.Create(CultureInfo.InvariantCulture, $"api:{numberCode}"));
            var detail = new JsonObject { ["apiResult"] = JdWire.ApiResult(false, numberCode, english, chinese) };
            return JdWire.Ok(new JsonObject { [ResponseName] = new JsonObject { ["code"] = "0", ["orderDetailInfo"] = detail } });
        }
    }
}
