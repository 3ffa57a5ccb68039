using System.Globalization;
using System.Text.Json;
using OrderActors.Domain.Channels;
using OrderActors.Domain.Channels.Taobao;
using OrderActors.Domain.Fulfilment;

namespace OrderActors.Grains.Channels.Taobao;

/// <summary>
/// Calls the Taobao Open Platform (TOP) REST API the way TOP documents it ("API调用方法详解"):
/// every call is a form-encoded POST to the gateway carrying the system parameters <c>method</c>,
/// <c>app_key</c>, <c>session</c>, <c>timestamp</c> (<c>yyyy-MM-dd HH:mm:ss</c>, GMT+8), <c>format=json</c>,
/// <c>v=2.0</c>, <c>sign_method</c> and <c>sign</c> (<see cref="TopSigner"/>) beside the business
/// parameters; the answer is <c>{"{method}_response":{…}}</c> or <c>{"error_response":{…}}</c>.
/// Failures are <see cref="TopException"/>s carrying the domain's <see cref="PlatformErrorClass"/>.
/// </summary>
internal sealed class TopClient
{
    /// <summary>Enough of a trade to decide whether it changed; the detail comes from <see cref="GetFullInfoAsync"/>.</summary>
    public const string IncrementFields = "tid,status,modified,created,pay_time,payment,total_fee,post_fee";

    public const string FullInfoFields =
        "tid,status,modified,created,pay_time,payment,total_fee,post_fee,buyer_nick,seller_nick,"
        + "receiver_name,receiver_mobile,receiver_phone,receiver_state,receiver_city,receiver_district,receiver_address,receiver_zip,"
        + "orders";

    /// <summary>page_size: 1–100 (documented).</summary>
    public const int MaxPageSize = 100;

    /// <summary>end_modified − start_modified ≤ 1 day (documented).</summary>
    public static readonly TimeSpan MaxWindow = TimeSpan.FromDays(1);

    private const string IncrementMethod = "taobao.trades.sold.increment.get";
    private const string FullInfoMethod = "taobao.trade.fullinfo.get";
    private const string SoldMethod = "taobao.trades.sold.get";
    private const string OfflineSendMethod = "taobao.logistics.offline.send";

    private readonly PlatformHttp _http;
    private readonly TopOptions _options;
    private readonly TimeProvider _time;

    public TopClient(HttpClient http, TopOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        options.Validate();
        _http = new PlatformHttp(http, "TOP", (errorClass, code, message, inner, status) =>
            new TopException(errorClass, code, message, inner) { HttpStatus = status });
        _options = options;
        _time = time;
    }

    /// <summary>
    /// <c>taobao.trades.sold.increment.get</c>: trades of the session's seller modified within
    /// <paramref name="window"/>, one page. TOP sends them newest-modified first and advises paging from
    /// the last page backwards so that trades modified during the pull are not skipped; that needs the
    /// total, which TOP only sends when <paramref name="useHasNext"/> is false.
    /// </summary>
    /// <exception cref="ArgumentException">The window is empty or longer than a day, or the page is out of range: refused before calling.</exception>
    public Task<TopTradePage> GetSoldIncrementAsync(
        string session,
        PullWindow window,
        int pageNo,
        int pageSize = MaxPageSize,
        bool useHasNext = true,
        string fields = IncrementFields,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(session);
        ArgumentException.ThrowIfNullOrWhiteSpace(fields);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageNo, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, MaxPageSize);
        var start = PlatformTime.FormatChinaTime(window.Start);
        var end = PlatformTime.FormatChinaTime(window.End);
        if (window.End <= window.Start || window.Length > MaxWindow || string.CompareOrdinal(end, start) <= 0)
        {
            throw new ArgumentException($"A TOP increment window must end after it starts and span at most {MaxWindow}; got {start} – {end}.", nameof(window));
        }

        var parameters = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["fields"] = fields,
            ["start_modified"] = start,
            ["end_modified"] = end,
            ["page_no"] = pageNo.ToString(CultureInfo.InvariantCulture),
            ["page_size"] = pageSize.ToString(CultureInfo.InvariantCulture),
            ["use_has_next"] = useHasNext ? "true" : "false",
        };

        return CallAsync(IncrementMethod, session, parameters, (body, requestId) => ReadPage(body, requestId, pageNo, pageSize), cancellationToken);
    }

    /// <summary>
    /// <c>taobao.trades.sold.get</c>: trades of the session's seller created within <paramref name="period"/>
    /// (TOP serves the last three months), one page, with <c>has_next</c>. Weekly reconciliation counts with it.
    /// </summary>
    public Task<TopTradePage> GetSoldAsync(string session, PullWindow period, int pageNo, int pageSize = MaxPageSize, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(session);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageNo, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, MaxPageSize);
        if (period.End <= period.Start)
        {
            throw new ArgumentException("The period must end after it starts.", nameof(period));
        }

        var parameters = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["fields"] = "tid,status,modified,created,pay_time",
            ["start_created"] = PlatformTime.FormatChinaTime(period.Start),
            ["end_created"] = PlatformTime.FormatChinaTime(period.End),
            ["page_no"] = pageNo.ToString(CultureInfo.InvariantCulture),
            ["page_size"] = pageSize.ToString(CultureInfo.InvariantCulture),
            ["use_has_next"] = "true",
        };

        return CallAsync(SoldMethod, session, parameters, (body, requestId) => ReadPage(body, requestId, pageNo, pageSize), cancellationToken);
    }

    private static TopTradePage ReadPage(JsonElement body, string? requestId, int pageNo, int pageSize)
    {
        var trades = TopJson.List(body, "trades", "trade").Select(TopJson.ReadTrade).ToList();
        var total = TopJson.Long(body, "total_results");
        var hasNext = TopJson.Bool(body, "has_next")
            ?? (total is { } count ? (long)pageNo * pageSize < count
                : throw TopJson.Malformed("neither 'has_next' nor 'total_results' is present"));
        return new TopTradePage(trades, hasNext, total, requestId);
    }

    /// <summary><c>taobao.trade.fullinfo.get</c>: one trade in full, with its lines and address.</summary>
    public Task<TopTrade> GetFullInfoAsync(string session, long tid, string fields = FullInfoFields, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(session);
        ArgumentException.ThrowIfNullOrWhiteSpace(fields);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(tid);
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["fields"] = fields,
            ["tid"] = tid.ToString(CultureInfo.InvariantCulture),
        };

        return CallAsync(FullInfoMethod, session, parameters, (body, _) =>
        {
            if (!body.TryGetProperty("trade", out var trade))
            {
                throw TopJson.Malformed("'trade' is missing");
            }

            return TopJson.ReadTrade(trade);
        }, cancellationToken);
    }

    /// <summary>
    /// <c>taobao.logistics.offline.send</c> (自己联系物流发货): the trade <paramref name="tid"/> left with
    /// <paramref name="companyCode"/> and waybill <paramref name="outSid"/>; TOP moves it to "seller sent".
    /// The answer is <c>shipping.is_success</c>. A business refusal (<see cref="ShipRefusals.Top"/>) is Permanent.
    /// </summary>
    public async Task ConsignOfflineAsync(string session, long tid, string outSid, string companyCode, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(session);
        ArgumentException.ThrowIfNullOrWhiteSpace(outSid);
        ArgumentException.ThrowIfNullOrWhiteSpace(companyCode);
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["tid"] = tid.ToString(CultureInfo.InvariantCulture),
            ["out_sid"] = outSid,
            ["company_code"] = companyCode,
        };

        try
        {
            var success = await CallAsync(OfflineSendMethod, session, parameters, (body, _) =>
                body.TryGetProperty("shipping", out var shipping) ? TopJson.Bool(shipping, "is_success") : null, cancellationToken).ConfigureAwait(false);
            if (success != true)
            {
                throw TopJson.Malformed("'shipping.is_success' is not true");
            }
        }
        catch (TopException ex) when (ex.SubCode is { } sub && ShipRefusals.Top.Contains(sub))
        {
            throw ex.Reclassified(PlatformErrorClass.Permanent);
        }
    }

    /// <summary>
    /// Exchanges a refresh token for a new access token at the OAuth 2.0 token endpoint, as TOP's
    /// authorisation document describes: a POST with <c>grant_type=refresh_token</c>,
    /// <c>refresh_token</c>, <c>client_id</c> (AppKey) and <c>client_secret</c> (AppSecret), answered
    /// with <c>access_token</c>, <c>expires_in</c>, <c>refresh_token</c>, <c>re_expires_in</c>,
    /// <c>taobao_user_id</c>, <c>taobao_user_nick</c> …. Errors follow OAuth 2.0 (RFC 6749 §5.2):
    /// <c>{"error":…,"error_description":…}</c>.
    /// </summary>
    public async Task<TopToken> RefreshTokenAsync(string refreshToken, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(refreshToken);
        var form = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = refreshToken,
            ["client_id"] = _options.AppKey,
            ["client_secret"] = _options.AppSecret,
        };

        var answer = await _http.PostFormAsync(_options.TokenUrl, form, cancellationToken).ConfigureAwait(false);
        var status = answer.Status;
        using var document = PlatformHttp.ParseOrNull(answer.Body);
        var root = document?.RootElement;
        if (root is { ValueKind: JsonValueKind.Object } error && TopJson.Text(error, "error") is { } code)
        {
            throw new TopException(ClassifyOAuthError(code, status), code, $"TOP token refresh refused: {code} {TopJson.Text(error, "error_description")}".TrimEnd())
            {
                SubMessage = TopJson.Text(error, "error_description"),
                HttpStatus = status,
            };
        }

        _http.ThrowOnHttpFailure(answer);
        if (root is not { ValueKind: JsonValueKind.Object } token)
        {
            throw TopJson.Malformed("the token response is not a JSON object");
        }

        var now = _time.GetUtcNow();
        var expiresIn = TopJson.Long(token, "expires_in") ?? throw TopJson.Malformed("'expires_in' is missing");
        var refreshExpiresIn = TopJson.Long(token, "re_expires_in");
        var nick = TopJson.Text(token, "taobao_user_nick");
        return new TopToken(
            AccessToken: TopJson.RequiredText(token, "access_token"),
            ExpiresAt: now.AddSeconds(expiresIn),
            RefreshToken: TopJson.Text(token, "refresh_token") is { Length: > 0 } next ? next : null,
            RefreshExpiresAt: refreshExpiresIn is > 0 ? now.AddSeconds(refreshExpiresIn.Value) : null,
            UserId: TopJson.Text(token, "taobao_user_id"),
            // TOP sends the nick URL-encoded in the token response.
            UserNick: nick is null ? null : Uri.UnescapeDataString(nick));
    }

    private async Task<T> CallAsync<T>(
        string method,
        string session,
        IReadOnlyDictionary<string, string> business,
        Func<JsonElement, string?, T> read,
        CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, string>(business, StringComparer.Ordinal)
        {
            ["method"] = method,
            ["app_key"] = _options.AppKey,
            ["session"] = session,
            ["timestamp"] = PlatformTime.FormatChinaTime(_time.GetUtcNow()),
            ["format"] = "json",
            ["v"] = "2.0",
            ["sign_method"] = TopSigner.WireName(_options.SignMethod),
        };
        parameters["sign"] = TopSigner.Sign(parameters.Select(p => KeyValuePair.Create(p.Key, (string?)p.Value)), _options.AppSecret, _options.SignMethod);

        var answer = await _http.PostFormAsync(_options.GatewayUrl, parameters, cancellationToken).ConfigureAwait(false);
        if (answer.Status >= 500)
        {
            // Whatever the body says, a 5xx is the platform failing, not our request.
            _http.ThrowOnHttpFailure(answer);
        }

        using var document = PlatformHttp.ParseOrNull(answer.Body);
        var root = document?.RootElement;
        if (root is { ValueKind: JsonValueKind.Object } envelope && envelope.TryGetProperty("error_response", out var error))
        {
            throw ToException(error, answer.Status);
        }

        _http.ThrowOnHttpFailure(answer);
        if (root is not { ValueKind: JsonValueKind.Object } response)
        {
            throw TopJson.Malformed(document is null ? "the body is not JSON" : "the body is not a JSON object");
        }

        var responseName = ResponseName(method);
        if (!response.TryGetProperty(responseName, out var payload) || payload.ValueKind != JsonValueKind.Object)
        {
            throw TopJson.Malformed($"'{responseName}' is missing");
        }

        return read(payload, TopJson.Text(payload, "request_id"));
    }

    /// <summary>TOP names the response after the method without its <c>taobao.</c> prefix: taobao.trade.fullinfo.get → trade_fullinfo_get_response.</summary>
    internal static string ResponseName(string method)
    {
        var name = method.StartsWith("taobao.", StringComparison.Ordinal) ? method["taobao.".Length..] : method;
        return name.Replace('.', '_') + "_response";
    }

    private static TopException ToException(JsonElement error, int status)
    {
        if (error.ValueKind != JsonValueKind.Object)
        {
            return TopJson.Malformed("'error_response' is not an object");
        }

        var code = TopJson.Text(error, "code") ?? string.Empty;
        var subCode = TopJson.Text(error, "sub_code");
        var message = TopJson.Text(error, "msg");
        var subMessage = TopJson.Text(error, "sub_msg");
        var errorClass = code.Length == 0 ? PlatformErrorClass.Unclassified : TopErrorClassifier.Classify(new PlatformError(code, subCode));
        return new TopException(errorClass, code, $"TOP error {code} {message}{(subCode is null ? string.Empty : $" ({subCode}: {subMessage})")}")
        {
            SubCode = subCode,
            SubMessage = subMessage,
            HttpStatus = status,
            RequestId = TopJson.Text(error, "request_id"),
        };
    }

    /// <summary>
    /// RFC 6749 §5.2 codes. invalid_grant: the refresh token is expired, revoked or unknown, so only a
    /// new authorisation by the seller helps. invalid_client and the request-shape codes are our
    /// configuration or code. A 5xx with an OAuth body is still a passing fault.
    /// </summary>
    private static PlatformErrorClass ClassifyOAuthError(string code, int status) => code switch
    {
        _ when status >= 500 => PlatformErrorClass.Retryable,
        "invalid_grant" => PlatformErrorClass.AuthExpired,
        "invalid_client" or "unauthorized_client" or "unsupported_grant_type" or "invalid_request" => PlatformErrorClass.Permanent,
        _ => PlatformErrorClass.Unclassified,
    };
}
