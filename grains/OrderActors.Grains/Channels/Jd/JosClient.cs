using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using OrderActors.Domain.Channels;
using OrderActors.Domain.Channels.Jd;
using OrderActors.Domain.Fulfilment;

namespace OrderActors.Grains.Channels.Jd;

/// <summary>
/// Calls JD's open platform (JOS) the way its SDKs do: a form-encoded POST to <c>/routerjson</c> carrying
/// the system parameters <c>method</c>, <c>app_key</c>, <c>access_token</c>, <c>timestamp</c>
/// (<c>yyyy-MM-dd HH:mm:ss</c>, GMT+8), <c>v=2.0</c>, <c>format=json</c>, and the business parameters as
/// one JSON string in <c>360buy_param_json</c>, signed with <see cref="JosSigner"/>. The answer is
/// <c>{"{method with _}_responce":{"code":"0",…}}</c> (JD's spelling) or
/// <c>{"error_response":{"code","zh_desc","en_desc"}}</c>; business failures come inside the answer as
/// <c>apiResult.success=false</c>. Failures are <see cref="JdException"/>s carrying the domain's
/// <see cref="PlatformErrorClass"/>.
/// </summary>
internal sealed class JosClient
{
    public const string SearchMethod = "jingdong.pop.order.search";
    public const string GetMethod = "jingdong.pop.order.get";
    public const string ShipmentMethod = "jingdong.pop.order.shipment";

    /// <summary>
    /// page_size: "最大page_size 50条" in JD's current parameter description (as ERP vendors reproduce it);
    /// an older SDK copy says 100. 50 holds under both.
    /// </summary>
    public const int MaxPageSize = 50;

    /// <summary>Every orderInfo field the order grain needs; optional_fields is required (documented: empty is refused).</summary>
    public const string OrderFields =
        "orderId,venderId,orderState,orderStateRemark,modified,orderStartTime,orderEndTime,paymentConfirmTime,"
        + "orderTotalPrice,orderSellerPrice,orderPayment,freightPrice,sellerDiscount,pin,orderRemark,consigneeInfo,itemInfoList";

    /// <summary>Enough to decide whether an order changed and to count it; the rest comes from <see cref="GetOrderAsync"/>.</summary>
    public const string ListingFields = "orderId,orderState,modified,orderStartTime";

    private readonly PlatformHttp _http;
    private readonly JosOptions _options;
    private readonly TimeProvider _time;

    public JosClient(HttpClient http, JosOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        options.Validate();
        _http = new PlatformHttp(http, "JOS", (errorClass, code, message, inner, status) =>
            new JdException(errorClass, code, message, inner) { HttpStatus = status });
        _options = options;
        _time = time;
    }

    /// <summary>
    /// order_state is required and takes a comma-separated list (documented): every state the domain's
    /// map knows, so no order is left out for its state.
    /// </summary>
    public static string AllOrderStates { get; } = string.Join(',', JdStatusMap.OrderStates.Keys.Order(StringComparer.Ordinal));

    /// <summary>
    /// <c>jingdong.pop.order.search</c>: the seller's orders whose modified (or, with
    /// <see cref="JdDateType.Created"/>, creation) time lies in <paramref name="window"/>, one page.
    /// JD advises rolling the time window rather than paging deep (documented), so windows stay short
    /// and pages few.
    /// </summary>
    /// <exception cref="ArgumentException">The window is empty or longer than JD's one month, or the page is out of range: refused before calling.</exception>
    public Task<JdOrderPage> SearchAsync(
        string accessToken,
        PullWindow window,
        JdDateType dateType,
        int page,
        int pageSize = MaxPageSize,
        string fields = OrderFields,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accessToken);
        ArgumentException.ThrowIfNullOrWhiteSpace(fields);
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, MaxPageSize);
        var start = PlatformTime.FormatChinaTime(window.Start);
        var end = PlatformTime.FormatChinaTime(window.End);
        if (!JdSearchWindow.IsAllowed(window.Start, window.End))
        {
            throw new ArgumentException($"A JD order search must end after it starts and span at most one month; got {start} – {end}.", nameof(window));
        }

        var business = new JsonObject
        {
            ["start_date"] = start,
            ["end_date"] = end,
            ["order_state"] = AllOrderStates,
            ["optional_fields"] = fields,
            ["page"] = page.ToString(CultureInfo.InvariantCulture),
            ["page_size"] = pageSize.ToString(CultureInfo.InvariantCulture),
            ["dateType"] = (int)dateType,
        };

        return CallAsync(accessToken, SearchMethod, business, payload =>
        {
            var result = JdJson.Object(payload, "searchorderinfo_result") ?? throw JdJson.Malformed("'searchorderinfo_result' is missing");
            ThrowOnApiResult(SearchMethod, result);
            var total = JdJson.Long(result, "orderTotal") ?? throw JdJson.Malformed("'orderTotal' is missing");
            var orders = (JdJson.Array(result, "orderInfoList") ?? []).Select(JdJson.ReadOrder).ToList();
            return new JdOrderPage(orders, total, page, pageSize);
        }, cancellationToken);
    }

    /// <summary><c>jingdong.pop.order.get</c>: one order in full, with its items and receiver.</summary>
    public Task<JdOrder> GetOrderAsync(string accessToken, string orderId, string fields = OrderFields, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accessToken);
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId);
        ArgumentException.ThrowIfNullOrWhiteSpace(fields);
        var business = new JsonObject
        {
            ["order_id"] = orderId,
            ["optional_fields"] = fields,
            ["order_state"] = AllOrderStates,
        };

        return CallAsync(accessToken, GetMethod, business, payload =>
        {
            var detail = JdJson.Object(payload, "orderDetailInfo") ?? throw JdJson.Malformed("'orderDetailInfo' is missing");
            ThrowOnApiResult(GetMethod, detail);
            var order = JdJson.Object(detail, "orderInfo") ?? throw JdJson.Malformed("'orderInfo' is missing");
            return JdJson.ReadOrder(order);
        }, cancellationToken);
    }

    /// <summary>
    /// <c>jingdong.pop.order.shipment</c> (SOP出库): the order left with carrier <paramref name="logiCoprId"/>
    /// (JD's numeric company id) and waybill <paramref name="logiNo"/>, business parameters named as the JOS
    /// SDKs name them. The answer is <c>sopjosshipment_result</c> with <c>success</c> and, on a refusal,
    /// <c>errorCode</c> and <c>chineseErrCode</c>/<c>englishErrCode</c>; the refusals in <see cref="ShipRefusals.Jd"/> are Permanent.
    /// </summary>
    public Task ShipAsync(string accessToken, string orderId, string logiCoprId, string logiNo, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accessToken);
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId);
        ArgumentException.ThrowIfNullOrWhiteSpace(logiNo);
        var business = new JsonObject { ["orderId"] = orderId, ["logiCoprId"] = logiCoprId, ["logiNo"] = logiNo };
        return CallAsync(accessToken, ShipmentMethod, business, payload =>
        {
            var result = JdJson.Object(payload, "sopjosshipment_result") ?? throw JdJson.Malformed("'sopjosshipment_result' is missing");
            if (JdJson.Bool(result, "success") == true)
            {
                return true;
            }

            var code = JdJson.Text(result, "errorCode") ?? "shipment-refused";
            var chinese = JdJson.Text(result, "chineseErrCode");
            var english = JdJson.Text(result, "englishErrCode");
            throw new JdException(ShipRefusals.Jd.Contains(code) ? PlatformErrorClass.Permanent : PlatformErrorClass.Unclassified, code,
                $"JD refused {ShipmentMethod}: {code} {chinese} {english}".TrimEnd())
            {
                SubCode = english,
                SubMessage = chinese,
            };
        }, cancellationToken);
    }

    /// <summary>
    /// Exchanges a refresh token at JD's OAuth endpoint as JD documents it: <c>app_key</c>,
    /// <c>app_secret</c>, <c>grant_type=refresh_token</c> and <c>refresh_token</c> in the query string,
    /// answered with <c>access_token</c>, <c>expires_in</c> (seconds), <c>refresh_token</c>, <c>scope</c>,
    /// <c>open_id</c>, <c>uid</c>, <c>time</c>, <c>token_type</c>. A refusal is <c>{"code":≠0,"msg":…}</c>.
    /// JD's refusal codes were not confirmed, so every refusal is read as "this refresh token is not
    /// accepted": AuthExpired, the seller has to authorise the app again (a 5xx is a passing fault).
    /// </summary>
    public async Task<JdToken> RefreshTokenAsync(string refreshToken, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(refreshToken);
        var query = string.Join('&', new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["app_key"] = _options.AppKey,
            ["app_secret"] = _options.AppSecret,
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = refreshToken,
        }.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));
        var url = new UriBuilder(_options.TokenUrl) { Query = query }.Uri;

        var answer = await _http.SendAsync(new HttpRequestMessage(HttpMethod.Get, url), cancellationToken).ConfigureAwait(false);
        var status = answer.Status;
        if (status >= 500)
        {
            _http.ThrowOnHttpFailure(answer);
        }

        using var document = PlatformHttp.ParseOrNull(answer.Body);
        var root = document?.RootElement;
        if (root is { ValueKind: JsonValueKind.Object } refused && JdJson.Text(refused, "code") is { } code && code != "0"
            && JdJson.Text(refused, "access_token") is null)
        {
            var msg = JdJson.Text(refused, "msg");
            throw new JdException(PlatformErrorClass.AuthExpired, code, $"JD token refresh refused: {code} {msg}".TrimEnd())
            {
                SubMessage = msg,
                HttpStatus = status,
                RequestId = JdJson.Text(refused, "requestId"),
            };
        }

        _http.ThrowOnHttpFailure(answer);
        if (root is not { ValueKind: JsonValueKind.Object } token)
        {
            throw JdJson.Malformed(document is null ? "the token response is not JSON" : "the token response is not a JSON object");
        }

        var expiresIn = JdJson.Long(token, "expires_in") ?? throw JdJson.Malformed("'expires_in' is missing");
        return new JdToken(
            AccessToken: JdJson.RequiredText(token, "access_token"),
            ExpiresAt: _time.GetUtcNow().AddSeconds(expiresIn),
            RefreshToken: JdJson.Text(token, "refresh_token") is { Length: > 0 } next ? next : null,
            OpenId: JdJson.Text(token, "open_id"),
            Uid: JdJson.Text(token, "uid"),
            Scope: JdJson.Text(token, "scope"));
    }

    /// <summary>JOS names the answer after the method, dots as underscores, with JD's "responce": jingdong.pop.order.get → jingdong_pop_order_get_responce.</summary>
    internal static string ResponseName(string method) => method.Replace('.', '_') + "_responce";

    private async Task<T> CallAsync<T>(string accessToken, string method, JsonObject business, Func<JsonElement, T> read, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["method"] = method,
            ["app_key"] = _options.AppKey,
            ["access_token"] = accessToken,
            ["timestamp"] = PlatformTime.FormatChinaTime(_time.GetUtcNow()),
            ["v"] = "2.0",
            ["format"] = "json",
            ["360buy_param_json"] = business.ToJsonString(),
        };
        parameters["sign"] = JosSigner.Sign(parameters.Select(p => KeyValuePair.Create(p.Key, (string?)p.Value)), _options.AppSecret);

        var answer = await _http.PostFormAsync(_options.GatewayUrl, parameters, cancellationToken).ConfigureAwait(false);
        var status = answer.Status;
        if (status >= 500)
        {
            // Whatever the body says, a 5xx is the platform failing, not our request.
            _http.ThrowOnHttpFailure(answer);
        }

        using var document = PlatformHttp.ParseOrNull(answer.Body);
        var root = document?.RootElement;
        if (root is { ValueKind: JsonValueKind.Object } envelope && envelope.TryGetProperty("error_response", out var error))
        {
            throw ToException(error, status);
        }

        _http.ThrowOnHttpFailure(answer);
        if (root is not { ValueKind: JsonValueKind.Object } response)
        {
            throw JdJson.Malformed(document is null ? "the body is not JSON" : "the body is not a JSON object");
        }

        var responseName = ResponseName(method);
        var payload = JdJson.Object(response, responseName) ?? throw JdJson.Malformed($"'{responseName}' is missing");
        if (JdJson.Text(payload, "code") is { } code && code != "0")
        {
            throw new JdException(JdErrorClassifier.Classify(new PlatformError(code)), code, $"JOS answered {method} with code {code}.") { HttpStatus = status };
        }

        return read(payload);
    }

    /// <summary>
    /// <c>apiResult</c>: <c>success</c>, <c>numberCode</c>, <c>englishErrCode</c>, <c>chineseErrCode</c>
    /// (as the JOS SDKs model it). A refusal there is the business service's, with codes JD does not
    /// publish: Unclassified, with everything JD said kept on the exception.
    /// </summary>
    private static void ThrowOnApiResult(string method, JsonElement result)
    {
        if (JdJson.Object(result, "apiResult") is not { } apiResult || JdJson.Bool(apiResult, "success") != false)
        {
            return;
        }

        var english = JdJson.Text(apiResult, "englishErrCode");
        var chinese = JdJson.Text(apiResult, "chineseErrCode");
        var code = JdJson.Text(apiResult, "numberCode") ?? "api-result";
        throw new JdException(PlatformErrorClass.Unclassified, code, $"JD refused {method}: {code} {chinese} {english}".TrimEnd())
        {
            SubCode = english,
            SubMessage = chinese,
        };
    }

    private static JdException ToException(JsonElement error, int status)
    {
        if (error.ValueKind != JsonValueKind.Object)
        {
            return JdJson.Malformed("'error_response' is not an object");
        }

        var code = JdJson.Text(error, "code") ?? string.Empty;
        var zh = JdJson.Text(error, "zh_desc");
        var en = JdJson.Text(error, "en_desc");
        var errorClass = code.Length == 0 ? PlatformErrorClass.Unclassified : JdErrorClassifier.Classify(new PlatformError(code));
        return new JdException(errorClass, code, $"JOS error {code} {en} {zh}".TrimEnd())
        {
            SubMessage = zh,
            HttpStatus = status,
        };
    }
}
