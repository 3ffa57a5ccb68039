using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using OrderActors.Domain.Channels;
using OrderActors.Domain.Channels.WebStore;

namespace OrderActors.Grains.Channels.WebStore;

/// <summary>
/// Calls the own web store's order API as docs/channels-webstore.md defines it: <c>GET orders</c> by
/// updated or created time with page and page_size (answer <c>{"items","page","page_size","total","has_next"}</c>),
/// <c>GET orders/{id}</c>, each with the shop's access token as an OAuth 2.0 bearer token (RFC 6750);
/// the token endpoint's refresh grant (RFC 6749 §6) with HTTP Basic client authentication. Errors are
/// problem details (RFC 7807) with a <c>code</c> member; failures become <see cref="WebStoreException"/>s
/// carrying the domain's <see cref="PlatformErrorClass"/>.
/// </summary>
internal sealed class WebStoreClient
{
    public const int MaxPageSize = WebStoreProtocol.MaxPageSize;

    private static readonly MediaTypeWithQualityHeaderValue Json = new("application/json");

    private readonly PlatformHttp _http;
    private readonly WebStoreClientOptions _options;
    private readonly Uri _apiBase;
    private readonly TimeProvider _time;

    public WebStoreClient(HttpClient http, WebStoreClientOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        options.Validate();
        _http = new PlatformHttp(http, "The web store", (errorClass, code, message, inner, status) =>
            new WebStoreException(errorClass, code, message, inner) { HttpStatus = status });
        _options = options;
        _time = time;

        // Relative paths resolve under the base only when it ends with a slash.
        var text = options.ApiBaseUrl.ToString();
        _apiBase = text.EndsWith('/') ? options.ApiBaseUrl : new Uri(text + "/");
    }

    /// <summary>Orders whose <c>updated_at</c> lies in <paramref name="window"/> (both ends inclusive), one page.</summary>
    /// <exception cref="ArgumentException">An empty window or one longer than 24 hours, or a page out of range: refused before calling.</exception>
    public Task<WebStoreOrderPage> ListUpdatedAsync(string accessToken, PullWindow window, int page, int pageSize = MaxPageSize, CancellationToken cancellationToken = default) =>
        ListAsync(accessToken, "updated", window, page, pageSize, cancellationToken);

    /// <summary>Orders whose <c>created_at</c> lies in <paramref name="period"/> (both ends inclusive), one page: what reconciliation counts.</summary>
    public Task<WebStoreOrderPage> ListCreatedAsync(string accessToken, PullWindow period, int page, int pageSize = MaxPageSize, CancellationToken cancellationToken = default) =>
        ListAsync(accessToken, "created", period, page, pageSize, cancellationToken);

    /// <summary><c>GET orders/{id}</c>: one order.</summary>
    public Task<WebStoreOrder> GetOrderAsync(string accessToken, string orderId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accessToken);
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId);
        return GetAsync(accessToken, "orders/" + Uri.EscapeDataString(orderId), (body, _) => ReadOrder(body), cancellationToken);
    }

    private Task<WebStoreOrderPage> ListAsync(string accessToken, string by, PullWindow window, int page, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accessToken);
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, MaxPageSize);
        if (window.End <= window.Start || window.Length > WebStoreProtocol.MaxWindow)
        {
            throw new ArgumentException(
                $"A web store query window must end after it starts and span at most {WebStoreProtocol.MaxWindow}; got {window.Start:O} – {window.End:O}.", nameof(window));
        }

        var query = string.Create(CultureInfo.InvariantCulture,
            $"orders?{by}_from={Uri.EscapeDataString(WebStoreProtocol.FormatTime(window.Start))}&{by}_to={Uri.EscapeDataString(WebStoreProtocol.FormatTime(window.End))}&page={page}&page_size={pageSize}");
        return GetAsync(accessToken, query, (body, requestId) => ReadPage(body, requestId), cancellationToken);
    }

    private static WebStoreOrderPage ReadPage(JsonElement body, string? requestId)
    {
        if (!body.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
        {
            throw Malformed("'items' is missing or not an array");
        }

        var orders = items.EnumerateArray().Select(ReadOrder).ToList();
        var total = Integer(body, "total");
        var page = Integer(body, "page");
        if (!body.TryGetProperty("has_next", out var hasNext) || hasNext.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            throw Malformed("'has_next' is missing or not a boolean");
        }

        return new WebStoreOrderPage(orders, (int)Math.Clamp(page, 0, int.MaxValue), total, hasNext.GetBoolean(), requestId);
    }

    private static long Integer(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) && number >= 0
            ? number
            : throw Malformed($"'{name}' is missing or not a non-negative integer");

    /// <summary>
    /// An order the store sent must be well-formed; one that breaks the contract stops the pull with the
    /// order and fields named, rather than be guessed at. Merely incomplete orders (no address, an unknown
    /// status) go on to the order grain, which refuses or ignores them with its own reason.
    /// </summary>
    private static WebStoreOrder ReadOrder(JsonElement json)
    {
        var read = WebStoreOrderJson.Read(json);
        if (read.Malformed || read.Order is null)
        {
            var id = json.ValueKind == JsonValueKind.Object && json.TryGetProperty("id", out var raw) ? raw.ToString() : "?";
            throw Malformed($"order '{id}': {string.Join("; ", read.Errors.Select(e => $"{e.Field} {e.Message}"))}");
        }

        return read.Order;
    }

    /// <summary>
    /// The refresh grant of RFC 6749 §6: a form POST of <c>grant_type=refresh_token</c> and
    /// <c>refresh_token</c>, the client authenticated with HTTP Basic (§2.3.1). Success (§5.1):
    /// <c>access_token</c>, <c>token_type</c> Bearer, <c>expires_in</c>, optionally a new <c>refresh_token</c>
    /// and <c>refresh_token_expires_in</c>. Errors (§5.2): <c>{"error","error_description"}</c>.
    /// </summary>
    public async Task<PlatformToken> RefreshTokenAsync(string refreshToken, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(refreshToken);
        using var request = new HttpRequestMessage(HttpMethod.Post, _options.TokenUrl)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["grant_type"] = "refresh_token",
                ["refresh_token"] = refreshToken,
            }),
        };
        var credentials = $"{Uri.EscapeDataString(_options.ClientId)}:{Uri.EscapeDataString(_options.ClientSecret)}";
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));
        request.Headers.Accept.Add(Json);

        var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        using var document = PlatformHttp.ParseOrNull(response.Body);
        var root = document?.RootElement;
        if (response.Status is < 200 or >= 300)
        {
            if (root is { ValueKind: JsonValueKind.Object } error && Text(error, "error") is { } code)
            {
                var description = Text(error, "error_description");
                var errorClass = PlatformHttp.IsPassingFault(response.Status)
                    ? PlatformErrorClass.Retryable
                    : WebStoreErrorClassifier.ClassifyOAuth(code);
                throw new WebStoreException(errorClass, code, $"The web store refused the token refresh: {code} {description}".TrimEnd())
                {
                    SubMessage = description,
                    HttpStatus = response.Status,
                    RequestId = response.RequestId,
                    RetryAfter = response.RetryAfter,
                };
            }

            throw HttpFailure(response, problem: null);
        }

        if (root is not { ValueKind: JsonValueKind.Object } token)
        {
            throw Malformed(document is null ? "the token response is not JSON" : "the token response is not a JSON object");
        }

        if (Text(token, "token_type") is { } type && !type.Equals("Bearer", StringComparison.OrdinalIgnoreCase))
        {
            throw Malformed($"token_type is '{type}', not Bearer");
        }

        var now = _time.GetUtcNow();
        var expiresIn = PositiveSeconds(token, "expires_in") ?? throw Malformed("'expires_in' is missing");
        var refreshExpiresIn = PositiveSeconds(token, "refresh_token_expires_in");
        return new PlatformToken(
            Text(token, "access_token") is { Length: > 0 } access ? access : throw Malformed("'access_token' is missing"),
            now.AddSeconds(expiresIn),
            Text(token, "refresh_token") is { Length: > 0 } next ? next : null,
            refreshExpiresIn is { } seconds ? now.AddSeconds(seconds) : null);
    }

    /// <summary>
    /// <c>POST orders/{id}/shipments</c> (docs/channels-webstore.md): <c>{"carrier","waybill","shipped_at"}</c>.
    /// 201: recorded; 200: the store already had this very shipment. A refusal is a problem with a
    /// <c>code</c> (<c>order_not_found</c>, <c>order_closed</c>, <c>already_shipped</c>, <c>unknown_carrier</c>,
    /// <c>invalid_waybill</c>), all Permanent.
    /// </summary>
    public async Task<ShipAnswer> ShipAsync(string accessToken, string orderId, string carrier, string waybill, DateTimeOffset shippedAt, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accessToken);
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId);
        ArgumentException.ThrowIfNullOrWhiteSpace(waybill);
        var body = JsonSerializer.Serialize(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["carrier"] = carrier,
            ["waybill"] = waybill,
            ["shipped_at"] = WebStoreProtocol.FormatTime(shippedAt),
        });
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_apiBase, "orders/" + Uri.EscapeDataString(orderId) + "/shipments"))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        request.Headers.Accept.Add(Json);
        var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.Status is (int)HttpStatusCode.Created or (int)HttpStatusCode.OK)
        {
            return response.Status == (int)HttpStatusCode.OK ? ShipAnswer.AlreadyShipped : ShipAnswer.Shipped;
        }

        using var document = PlatformHttp.ParseOrNull(response.Body);
        throw HttpFailure(response, document?.RootElement);
    }

    private async Task<T> GetAsync<T>(string accessToken, string relative, Func<JsonElement, string?, T> read, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_apiBase, relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        request.Headers.Accept.Add(Json);
        var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        using var document = PlatformHttp.ParseOrNull(response.Body);
        if (response.Status is < 200 or >= 300)
        {
            throw HttpFailure(response, document?.RootElement);
        }

        if (document?.RootElement is not { ValueKind: JsonValueKind.Object } body)
        {
            throw Malformed(document is null ? "the body is not JSON" : "the body is not a JSON object");
        }

        return read(body, response.RequestId);
    }

    /// <summary>Sends through the shared plumbing and keeps what the store puts in headers: Retry-After and X-Request-Id.</summary>
    private async Task<Response> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var answer = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var retryAfter = answer.Headers.RetryAfter is { } header
            ? header.Delta ?? (header.Date is { } date ? date - _time.GetUtcNow() : null)
            : null;
        var requestId = answer.Headers.TryGetValues("X-Request-Id", out var ids) ? ids.FirstOrDefault() : null;
        return new Response(answer.Status, answer.Body, retryAfter, requestId);
    }

    /// <summary>
    /// A non-2xx answer. 5xx and 429 are passing faults whatever the body says; otherwise the problem's
    /// <c>code</c> decides, and without one a 401 means the token is not accepted (RFC 6750) and a 403
    /// that it may not do this.
    /// </summary>
    private static WebStoreException HttpFailure(Response response, JsonElement? problem)
    {
        var code = problem is { ValueKind: JsonValueKind.Object } p ? Text(p, "code") : null;
        var errorClass = response.Status switch
        {
            >= 500 or (int)HttpStatusCode.TooManyRequests => PlatformErrorClass.Retryable,
            _ when code is not null && WebStoreErrorClassifier.Classify(new PlatformError(code)) is var known && known != PlatformErrorClass.Unclassified => known,
            (int)HttpStatusCode.Unauthorized => PlatformErrorClass.AuthExpired,
            (int)HttpStatusCode.Forbidden => PlatformErrorClass.Permanent,
            _ => PlatformErrorClass.Unclassified,
        };
        var detail = problem is { ValueKind: JsonValueKind.Object } pd
            ? $"{Text(pd, "title")} {Text(pd, "detail")}".Trim()
            : PlatformHttp.Excerpt(response.Body);
        var label = code is null ? string.Empty : $" {code}";
        return new WebStoreException(errorClass, code ?? string.Create(CultureInfo.InvariantCulture, $"http-{response.Status}"),
            string.Create(CultureInfo.InvariantCulture, $"The web store answered HTTP {response.Status}{label}: {detail}"))
        {
            SubMessage = problem is { ValueKind: JsonValueKind.Object } withDetail ? Text(withDetail, "detail") : null,
            HttpStatus = response.Status,
            RequestId = response.RequestId,
            RetryAfter = response.RetryAfter,
        };
    }

    private static string? Text(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static long? PositiveSeconds(JsonElement obj, string name)
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var seconds) && seconds > 0
            ? seconds
            : throw Malformed($"'{name}' is not a positive integer of seconds");
    }

    internal static WebStoreException Malformed(string what) =>
        new(PlatformErrorClass.Unclassified, "malformed-response", $"The web store's answer is not what its contract says: {what}.");

    private sealed record Response(int Status, string Body, TimeSpan? RetryAfter, string? RequestId);
}
