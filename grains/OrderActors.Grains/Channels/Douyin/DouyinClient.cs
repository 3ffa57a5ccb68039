using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OrderActors.Domain.Channels;
using OrderActors.Domain.Channels.Douyin;
using OrderActors.Domain.Fulfilment;

namespace OrderActors.Grains.Channels.Douyin;

/// <summary>
/// Calls the Douyin shop open platform (抖店开放平台) the way its official SDKs do: method
/// <c>order.searchList</c> is a POST to <c>{gateway}/order/searchList</c> with the system parameters
/// <c>app_key</c>, <c>method</c>, <c>access_token</c>, <c>timestamp</c> (Unix seconds), <c>v=2</c>,
/// <c>sign_method</c> and <c>sign</c> (<see cref="DoudianSigner"/>) in the query string and the business
/// parameters as <c>param_json</c> (<see cref="DoudianParamJson"/>: keys sorted, compact) in the JSON body.
/// Every answer is the envelope <c>{"code":10000,"msg":"success","sub_code","sub_msg","data":{…},"log_id"}</c>;
/// any other code is a <see cref="DouyinException"/> classified by <see cref="DouyinErrorClassifier"/>.
/// </summary>
/// <remarks>
/// The older API guide puts <c>param_json</c> in the query string of a GET; the SDKs' POST body is what
/// this client sends (the simulator takes both). The SDKs also send the header
/// <c>x-open-no-old-err-code: 1</c>, asking for the current code table rather than the older
/// <c>err_no</c> one; so does this client.
/// </remarks>
internal sealed class DouyinClient
{
    /// <summary><c>size</c>: "单页大小，限制100以内" (documented).</summary>
    public const int MaxPageSize = 100;

    internal const string SearchListMethod = "order.searchList";
    internal const string OrderDetailMethod = "order.orderDetail";
    internal const string RefreshMethod = "token.refresh";
    internal const string LogisticsAddMethod = "order.logisticsAdd";
    internal const int Success = 10000;

    private readonly PlatformHttp _http;
    private readonly DouyinClientOptions _options;
    private readonly TimeProvider _time;

    public DouyinClient(HttpClient http, DouyinClientOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        options.Validate();
        _http = new PlatformHttp(http, "Douyin", (errorClass, code, message, inner, status) =>
            new DouyinException(errorClass, code, message, inner) { HttpStatus = status });
        _options = options;
        _time = time;
    }

    /// <summary>
    /// The longest <c>update_time</c> (or <c>create_time</c>) range one search asks for. Douyin does not
    /// publish a limit that was confirmed here; this is <see cref="PlatformPullRules.Douyin"/>'s chosen day,
    /// and the client refuses longer ranges before calling.
    /// </summary>
    public static TimeSpan MaxWindow => PlatformPullRules.Douyin.MaxWindow;

    /// <summary>
    /// <c>order.searchList</c> by <c>update_time_start</c>/<c>update_time_end</c> (Unix seconds, both
    /// bounds taken as inclusive), <c>order_by=update_time</c>, newest first (<c>order_asc=false</c>, the
    /// platform's default), one page (<paramref name="page"/> from 0, documented).
    /// </summary>
    /// <exception cref="ArgumentException">The window is empty or longer than <see cref="MaxWindow"/>, or the page is out of range: refused before calling.</exception>
    public Task<DouyinOrderPage> SearchByUpdateTimeAsync(string accessToken, PullWindow window, int page, int size = MaxPageSize, CancellationToken cancellationToken = default) =>
        SearchAsync(accessToken, "update_time", window, page, size, cancellationToken);

    /// <summary><c>order.searchList</c> by <c>create_time_start</c>/<c>create_time_end</c>, <c>order_by=create_time</c>: what reconciliation counts with.</summary>
    public Task<DouyinOrderPage> SearchByCreateTimeAsync(string accessToken, PullWindow period, int page, int size = MaxPageSize, CancellationToken cancellationToken = default) =>
        SearchAsync(accessToken, "create_time", period, page, size, cancellationToken);

    /// <summary><c>order.orderDetail</c> with <c>shop_order_id</c>: one shop order in full (<c>data.shop_order_detail</c>).</summary>
    public Task<DouyinShopOrder> GetOrderDetailAsync(string accessToken, string shopOrderId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accessToken);
        ArgumentException.ThrowIfNullOrWhiteSpace(shopOrderId);
        var param = new JsonObject { ["shop_order_id"] = shopOrderId };
        return CallAsync(_options.GatewayUrl, OrderDetailMethod, accessToken, param, (data, _) =>
            DouyinJson.Object(data, "shop_order_detail") is { } detail
                ? DouyinJson.ReadShopOrder(detail)
                : throw DouyinJson.Malformed("'shop_order_detail' is missing"), cancellationToken);
    }

    /// <summary>
    /// <c>token.refresh</c> with <c>grant_type=refresh_token</c> and <c>refresh_token</c> in param_json,
    /// signed like any call and sent without an access token (the official SDKs' <c>RefreshTokenRequest</c>).
    /// The answer's data carries <c>access_token</c>, <c>expires_in</c> (seconds), <c>refresh_token</c>,
    /// <c>scope</c>, <c>shop_id</c>, <c>shop_name</c>.
    /// </summary>
    public Task<DouyinToken> RefreshTokenAsync(string refreshToken, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(refreshToken);
        var param = new JsonObject { ["grant_type"] = "refresh_token", ["refresh_token"] = refreshToken };
        return CallAsync(_options.TokenGatewayUrl ?? _options.GatewayUrl, RefreshMethod, null, param, (data, _) =>
        {
            var now = _time.GetUtcNow();
            var expiresIn = DouyinJson.Long(data, "expires_in") ?? throw DouyinJson.Malformed("'expires_in' is missing");
            return new DouyinToken(
                AccessToken: DouyinJson.RequiredText(data, "access_token"),
                ExpiresAt: now.AddSeconds(expiresIn),
                RefreshToken: DouyinJson.Text(data, "refresh_token") is { Length: > 0 } next ? next : null,
                ShopId: DouyinJson.Text(data, "shop_id"),
                ShopName: DouyinJson.Text(data, "shop_name"),
                Scope: DouyinJson.Text(data, "scope"));
        }, cancellationToken);
    }

    /// <summary>Unix seconds on the wire, both bounds inclusive: the first whole second at or after the start, the last at or before the end.</summary>
    internal static (long Start, long End) Seconds(PullWindow window)
    {
        var start = window.Start.ToUnixTimeSeconds() + (window.Start.UtcTicks % TimeSpan.TicksPerSecond != 0 ? 1 : 0);
        var end = window.End.ToUnixTimeSeconds();
        return (start, end);
    }

    /// <summary>
    /// Whether the window holds a whole second at all. Douyin's times are whole seconds, so a window that
    /// lies inside one second (a planner's last sliver) can match nothing and is not sent.
    /// </summary>
    public static bool CanMatchAnything(PullWindow window)
    {
        var (start, end) = Seconds(window);
        return window.End > window.Start && end >= start;
    }

    private Task<DouyinOrderPage> SearchAsync(string accessToken, string field, PullWindow window, int page, int size, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accessToken);
        ArgumentOutOfRangeException.ThrowIfNegative(page);
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(size, MaxPageSize);
        var (start, end) = Seconds(window);
        if (window.End <= window.Start || window.Length > MaxWindow || end < start)
        {
            throw new ArgumentException(
                $"A Douyin {field} range must end after it starts and span at most {MaxWindow}; got {window.Start:O} – {window.End:O}.", nameof(window));
        }

        var param = new JsonObject
        {
            [$"{field}_start"] = start,
            [$"{field}_end"] = end,
            ["order_by"] = field,
            ["order_asc"] = false,
            ["page"] = page,
            ["size"] = size,
        };
        return CallAsync(_options.GatewayUrl, SearchListMethod, accessToken, param, (data, logId) =>
        {
            var orders = DouyinJson.Array(data, "shop_order_list").Select(DouyinJson.ReadShopOrder).ToList();
            var total = DouyinJson.Long(data, "total") ?? throw DouyinJson.Malformed("'total' is missing");
            return new DouyinOrderPage(orders, page, size, total, logId);
        }, cancellationToken);
    }

    /// <summary>
    /// <c>order.logisticsAdd</c> (订单发货, whole order only): <c>order_id</c> (the shop order), <c>company_code</c>
    /// (from the platform's company list; <c>logistics_id</c> is deprecated) and <c>logistics_code</c> (the
    /// waybill). Success is the envelope with empty <c>data</c>; the refusals in <see cref="ShipRefusals.Douyin"/> are Permanent.
    /// </summary>
    public async Task LogisticsAddAsync(string accessToken, string shopOrderId, string companyCode, string waybill, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accessToken);
        ArgumentException.ThrowIfNullOrWhiteSpace(shopOrderId);
        ArgumentException.ThrowIfNullOrWhiteSpace(waybill);
        var param = new JsonObject { ["order_id"] = shopOrderId, ["company_code"] = companyCode, ["logistics_code"] = waybill };
        try
        {
            await CallAsync(_options.GatewayUrl, LogisticsAddMethod, accessToken, param, (_, _) => true, cancellationToken).ConfigureAwait(false);
        }
        catch (DouyinException ex) when (ex.SubCode is { } sub && ShipRefusals.Douyin.Contains(sub))
        {
            throw ex.Reclassified(PlatformErrorClass.Permanent);
        }
    }

    private async Task<T> CallAsync<T>(
        Uri gateway,
        string method,
        string? accessToken,
        JsonObject param,
        Func<JsonElement, string?, T> read,
        CancellationToken cancellationToken)
    {
        var paramJson = DoudianParamJson.Canonicalize(param.ToJsonString());
        var timestamp = _time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var query = new List<KeyValuePair<string, string>>
        {
            new("app_key", _options.AppKey),
            new("method", method),
            new("timestamp", timestamp),
            new("v", DoudianSigner.Version),
            new("sign_method", DoudianSigner.WireName(_options.SignMethod)),
            new("sign", DoudianSigner.Sign(_options.AppKey, method, paramJson, timestamp, _options.AppSecret, _options.SignMethod)),
        };
        if (accessToken is not null)
        {
            query.Add(new("access_token", accessToken));
        }

        var url = MethodUrl(gateway, method, query);
        var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(paramJson, Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("x-open-no-old-err-code", "1");
        var answer = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (answer.Status >= 500)
        {
            // Whatever the body says, a 5xx is the platform failing, not our request.
            _http.ThrowOnHttpFailure(answer);
        }

        using var document = PlatformHttp.ParseOrNull(answer.Body);
        if (document?.RootElement is not { ValueKind: JsonValueKind.Object } envelope || Code(envelope) is not { } code)
        {
            _http.ThrowOnHttpFailure(answer);
            throw DouyinJson.Malformed(document is null ? "the body is not JSON" : "the body is not the {code, msg, data} envelope");
        }

        var logId = DouyinJson.Text(envelope, "log_id");
        if (code != Success.ToString(CultureInfo.InvariantCulture))
        {
            throw ToException(envelope, code, answer.Status, logId);
        }

        _http.ThrowOnHttpFailure(answer);
        if (DouyinJson.Object(envelope, "data") is not { } data)
        {
            throw DouyinJson.Malformed("'data' is missing");
        }

        return read(data, logId);
    }

    /// <summary>{gateway}/{method with dots as slashes}?{query}: <c>order.searchList</c> → <c>/order/searchList</c>, as the SDKs build it.</summary>
    internal static Uri MethodUrl(Uri gateway, string method, IEnumerable<KeyValuePair<string, string>> query)
    {
        var builder = new StringBuilder(gateway.GetLeftPart(UriPartial.Path).TrimEnd('/'))
            .Append('/').Append(method.Replace('.', '/'));
        var separator = '?';
        foreach (var (name, value) in query)
        {
            builder.Append(separator).Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
            separator = '&';
        }

        return new Uri(builder.ToString());
    }

    /// <summary><c>code</c> as text (number or string); the older envelope's <c>err_no</c> (0 = success) when there is no code.</summary>
    private static string? Code(JsonElement envelope)
    {
        if (DouyinJson.Text(envelope, "code") is { Length: > 0 } code)
        {
            return code;
        }

        return DouyinJson.Text(envelope, "err_no") switch
        {
            null or "" => null,
            "0" => Success.ToString(CultureInfo.InvariantCulture),
            var errNo => errNo,
        };
    }

    private static DouyinException ToException(JsonElement envelope, string code, int status, string? logId)
    {
        var message = DouyinJson.Text(envelope, "msg") ?? DouyinJson.Text(envelope, "message");
        var subCode = DouyinJson.Text(envelope, "sub_code") is { Length: > 0 } sub ? sub : null;
        var subMessage = DouyinJson.Text(envelope, "sub_msg") is { Length: > 0 } subMsg ? subMsg : null;
        var errorClass = DouyinErrorClassifier.Classify(new PlatformError(code, subCode));
        return new DouyinException(errorClass, code, $"Douyin error {code} {message}{(subCode is null ? string.Empty : $" ({subCode}: {subMessage})")}")
        {
            SubCode = subCode,
            SubMessage = subMessage,
            HttpStatus = status,
            RequestId = logId,
        };
    }
}
