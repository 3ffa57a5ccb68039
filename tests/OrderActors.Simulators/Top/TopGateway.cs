using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using OrderActors.Domain.Channels;
using OrderActors.Domain.Channels.Taobao;
using OrderActors.Domain.Fulfilment;

namespace OrderActors.Simulators.Top;

/// <summary>
/// The TOP REST gateway (<c>/router/rest</c>). Checks, in this order (the order is ours; TOP does not
/// publish one): method present (21), app_key known (29), signature (25), timestamp within the
/// tolerance (31), v=2.0 and format=json (41), method known (22), flow control (7), session (26/27),
/// then the method's own parameters (40 missing, 41 invalid). Errors are HTTP 200 with
/// <c>{"error_response":{"code","msg","sub_code","sub_msg","request_id"}}</c>, as TOP answers.
/// </summary>
internal static class TopGateway
{
    private const string IncrementMethod = "taobao.trades.sold.increment.get";
    private const string FullInfoMethod = "taobao.trade.fullinfo.get";
    private const string SoldMethod = "taobao.trades.sold.get";
    private const string OfflineSendMethod = "taobao.logistics.offline.send";

    /// <summary>The companies this simulated TOP knows (what taobao.logistics.companies.get would list); codes as CarrierCodes has them, plus a few.</summary>
    private static readonly HashSet<string> Companies = new(StringComparer.Ordinal) { "SF", "ZTO", "YUNDA", "YTO", "STO", "EMS", "POST", "ZJS" };
    private static readonly TimeSpan MaxWindow = TimeSpan.FromDays(1);

    public static async Task<IResult> HandleAsync(HttpRequest request, TopSimulatorState state)
    {
        var parameters = await ReadParametersAsync(request).ConfigureAwait(false);
        var method = parameters.GetValueOrDefault("method") ?? string.Empty;
        var call = new Call(state, method.Length == 0 ? "(none)" : method, NewRequestId());

        if (state.TryTakeServerError(out var status))
        {
            state.Record(call.Method, $"http:{status}");
            return Results.Text("<html><body><h1>Service Unavailable</h1></body></html>", "text/html", statusCode: status);
        }

        if (state.TryTakeGarbage())
        {
            state.Record(call.Method, "garbage");
            return Results.Text("<html><body>tengine</body></html>", "text/html");
        }

        if (method.Length == 0)
        {
            return call.Fail(21, "Missing Method");
        }

        var appKey = parameters.GetValueOrDefault("app_key") ?? string.Empty;
        if (state.SecretOf(appKey) is not { } secret)
        {
            return call.Fail(29, "Invalid App Key");
        }

        if (!SignatureMatches(parameters, secret))
        {
            return call.Fail(25, "Invalid signature");
        }

        if (!PlatformTime.TryParseChinaTime(parameters.GetValueOrDefault("timestamp"), out var timestamp)
            || (timestamp - state.Now).Duration() > state.Options.TimestampTolerance)
        {
            return call.Fail(31, "Invalid timestamp");
        }

        if (parameters.GetValueOrDefault("v") != "2.0")
        {
            return call.Fail(41, "Invalid Arguments", "isv.invalid-parameter:v", "only v=2.0 is served");
        }

        if (parameters.GetValueOrDefault("format") is { } format && format != "json")
        {
            // TOP's default format is xml; this simulator speaks JSON only.
            return call.Fail(41, "Invalid Arguments", "isv.invalid-parameter:format", "the simulator serves format=json only");
        }

        if (method is not (IncrementMethod or FullInfoMethod or SoldMethod or OfflineSendMethod))
        {
            return call.Fail(22, "Invalid Method");
        }

        if (state.TryTakeThrottle(appKey))
        {
            return call.Fail(7, "App Call Limited", "accesscontrol.limited-by-app-access-count", "This ban will last 1 more seconds");
        }

        if (parameters.GetValueOrDefault("session") is not { Length: > 0 } session)
        {
            return call.Fail(26, "Missing Session");
        }

        if (state.ShopOfSession(session, appKey) is not { } shop)
        {
            return call.Fail(27, "Invalid session", "invalid-sessionkey", "SessionKey非法");
        }

        return method switch
        {
            IncrementMethod => SoldIncrement(call, parameters, shop),
            SoldMethod => Sold(call, parameters, shop),
            OfflineSendMethod => OfflineSend(call, parameters, shop),
            _ => FullInfo(call, parameters, shop),
        };
    }

    private static IResult SoldIncrement(Call call, IReadOnlyDictionary<string, string> parameters, string shop)
    {
        if (Missing(parameters, "fields", "start_modified", "end_modified") is { } missing)
        {
            return call.Fail(40, "Missing Required Arguments", $"isv.missing-parameter:{missing}", $"{missing} is required");
        }

        if (!PlatformTime.TryParseChinaTime(parameters["start_modified"], out var start))
        {
            return call.Fail(41, "Invalid Arguments", "isv.invalid-parameter:start_modified", "format: yyyy-MM-dd HH:mm:ss");
        }

        if (!PlatformTime.TryParseChinaTime(parameters["end_modified"], out var end))
        {
            return call.Fail(41, "Invalid Arguments", "isv.invalid-parameter:end_modified", "format: yyyy-MM-dd HH:mm:ss");
        }

        // Documented: end_modified must be later than start_modified, and at most one day after it.
        if (end <= start || end - start > MaxWindow)
        {
            return call.Fail(41, "Invalid Arguments", "isv.invalid-parameter:end_modified", "end_modified must be after start_modified and at most one day later");
        }

        return TradeList(call, parameters, call.State.ModifiedBetween(shop, start, end), shop, "trades_sold_increment_get_response");
    }

    /// <summary><c>taobao.trades.sold.get</c>: the seller's trades by creation time (start_created, end_created, both optional).</summary>
    private static IResult Sold(Call call, IReadOnlyDictionary<string, string> parameters, string shop)
    {
        if (Missing(parameters, "fields") is { } missing)
        {
            return call.Fail(40, "Missing Required Arguments", $"isv.missing-parameter:{missing}", $"{missing} is required");
        }

        var start = DateTimeOffset.MinValue;
        var end = DateTimeOffset.MaxValue;
        if (parameters.GetValueOrDefault("start_created") is { Length: > 0 } startText && !PlatformTime.TryParseChinaTime(startText, out start))
        {
            return call.Fail(41, "Invalid Arguments", "isv.invalid-parameter:start_created", "format: yyyy-MM-dd HH:mm:ss");
        }

        if (parameters.GetValueOrDefault("end_created") is { Length: > 0 } endText && !PlatformTime.TryParseChinaTime(endText, out end))
        {
            return call.Fail(41, "Invalid Arguments", "isv.invalid-parameter:end_created", "format: yyyy-MM-dd HH:mm:ss");
        }

        return TradeList(call, parameters, call.State.CreatedBetween(shop, start, end), shop, "trades_sold_get_response");
    }

    private static IResult TradeList(Call call, IReadOnlyDictionary<string, string> parameters, IReadOnlyList<SimTrade> matching, string shop, string responseName)
    {
        // Documented: page_no > 0, default 1; page_size 1..100, default 40; use_has_next default false.
        if (!TryInt(parameters, "page_no", 1, out var pageNo) || pageNo < 1)
        {
            return call.Fail(41, "Invalid Arguments", "isv.invalid-parameter:page_no", "page_no must be a positive integer");
        }

        if (!TryInt(parameters, "page_size", 40, out var pageSize) || pageSize is < 1 or > 100)
        {
            return call.Fail(41, "Invalid Arguments", "isv.invalid-parameter:page_size", "page_size must be 1..100");
        }

        var useHasNext = parameters.GetValueOrDefault("use_has_next") == "true";
        var fields = Fields(parameters["fields"]);
        var page = call.State.Page(matching, pageNo, pageSize);

        var body = new JsonObject();
        if (page.Count > 0)
        {
            body["trades"] = new JsonObject { ["trade"] = new JsonArray([.. page.Select(t => TopWire.Trade(t, shop, fields))]) };
        }

        // Documented: with use_has_next=true the total is left out and has_next is added.
        if (useHasNext)
        {
            body["has_next"] = (long)pageNo * pageSize < matching.Count;
        }
        else
        {
            body["total_results"] = matching.Count;
        }

        body["request_id"] = call.RequestId;
        return call.Ok(new JsonObject { [responseName] = body });
    }

    private static IResult FullInfo(Call call, IReadOnlyDictionary<string, string> parameters, string shop)
    {
        if (Missing(parameters, "fields", "tid") is { } missing)
        {
            return call.Fail(40, "Missing Required Arguments", $"isv.missing-parameter:{missing}", $"{missing} is required");
        }

        if (!long.TryParse(parameters["tid"], NumberStyles.None, CultureInfo.InvariantCulture, out var tid))
        {
            return call.Fail(41, "Invalid Arguments", "isv.invalid-parameter:tid", "tid must be a number");
        }

        if (call.State.FindTrade(shop, tid) is not { } trade)
        {
            // TOP's answer for a trade that is not the seller's was not confirmed; this one is chosen.
            return call.Fail(15, "Remote service error", "isv.trade-not-exist", $"trade {tid} does not exist for this seller");
        }

        var body = new JsonObject
        {
            ["trade"] = TopWire.Trade(trade, shop, Fields(parameters["fields"])),
            ["request_id"] = call.RequestId,
        };
        return call.Ok(new JsonObject { ["trade_fullinfo_get_response"] = body });
    }

    /// <summary>
    /// <c>taobao.logistics.offline.send</c>: tid, out_sid and company_code are required (documented). Business
    /// refusals are code 15 with the sub-codes of <see cref="ShipRefusals"/> (chosen: TOP's were not confirmed).
    /// </summary>
    private static IResult OfflineSend(Call call, IReadOnlyDictionary<string, string> parameters, string shop)
    {
        if (Missing(parameters, "tid", "out_sid", "company_code") is { } missing)
        {
            return call.Fail(40, "Missing Required Arguments", $"isv.missing-parameter:{missing}", $"{missing} is required");
        }

        if (!long.TryParse(parameters["tid"], NumberStyles.None, CultureInfo.InvariantCulture, out var tid))
        {
            return call.Fail(41, "Invalid Arguments", "isv.invalid-parameter:tid", "tid must be a number");
        }

        if (!Companies.Contains(parameters["company_code"]))
        {
            return call.Fail(15, "Remote service error", ShipRefusals.TopUnknownCompany, $"物流公司不存在: {parameters["company_code"]}");
        }

        return call.State.Consign(shop, tid, parameters["company_code"], parameters["out_sid"]) switch
        {
            SimShipResult.NotFound => call.Fail(15, "Remote service error", ShipRefusals.TopTradeNotFound, $"trade {tid} does not exist for this seller"),
            SimShipResult.Closed => call.Fail(15, "Remote service error", ShipRefusals.TopTradeClosed, "交易状态不允许发货 (closed, refunding or unpaid)"),
            SimShipResult.ShippedOtherwise => call.Fail(15, "Remote service error", ShipRefusals.TopConsignedOtherwise, "the trade was sent already with another waybill"),
            _ => call.Ok(new JsonObject
            {
                ["logistics_offline_send_response"] = new JsonObject
                {
                    ["shipping"] = new JsonObject { ["is_success"] = true },
                    ["request_id"] = call.RequestId,
                },
            }),
        };
    }

    private static bool SignatureMatches(IReadOnlyDictionary<string, string> parameters, string secret)
    {
        TopSignMethod? signMethod = parameters.GetValueOrDefault("sign_method") switch
        {
            "md5" => TopSignMethod.Md5,
            "hmac" => TopSignMethod.HmacMd5,
            "hmac-sha256" => TopSignMethod.HmacSha256,
            _ => null,
        };
        if (signMethod is not { } method || parameters.GetValueOrDefault("sign") is not { Length: > 0 } sign)
        {
            return false;
        }

        var expected = TopSigner.Sign(parameters.Select(p => KeyValuePair.Create(p.Key, (string?)p.Value)), secret, method);
        return string.Equals(expected, sign, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<IReadOnlyDictionary<string, string>> ReadParametersAsync(HttpRequest request)
    {
        // TOP takes parameters in the query string, the form body, or both (the SDKs put the system
        // parameters in the URL and the business ones in the body).
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

    private static HashSet<string> Fields(string fields) =>
        new(fields.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), StringComparer.Ordinal);

    private static string NewRequestId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));

    private sealed record Call(TopSimulatorState State, string Method, string RequestId)
    {
        public IResult Fail(int code, string msg, string? subCode = null, string? subMsg = null)
        {
            State.Record(Method, string.Create(CultureInfo.InvariantCulture, $"error:{code}"));
            return TopWire.Ok(TopWire.Error(code, msg, subCode, subMsg, RequestId));
        }

        public IResult Ok(JsonObject body)
        {
            State.Record(Method, "ok");
            return TopWire.Ok(body);
        }
    }
}
