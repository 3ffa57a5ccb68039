using System.Globalization;
using System.Text.Json;
using OrderActors.Domain.Channels;
using OrderActors.Domain.Channels.Pinduoduo;
using OrderActors.Domain.Fulfilment;

namespace OrderActors.Grains.Channels.Pinduoduo;

/// <summary>
/// Calls the Pinduoduo open platform (POP) the way its access guide documents it: every call is a
/// form-encoded POST to the one gateway carrying the system parameters <c>type</c> (the API name),
/// <c>client_id</c>, <c>access_token</c>, <c>timestamp</c> (Unix seconds, within 10 minutes of the
/// platform's clock), <c>data_type=JSON</c>, <c>version=V1</c> and <c>sign</c> (<see cref="PddSigner"/>)
/// beside the business parameters; the answer is <c>{"{name}_response":{…}}</c> or
/// <c>{"error_response":{"error_code","error_msg","sub_code","sub_msg","request_id"}}</c>.
/// Failures are <see cref="PddException"/>s carrying the domain's <see cref="PlatformErrorClass"/>.
/// </summary>
internal sealed class PddClient
{
    /// <summary>page_size ≤ 100 for both order lists (documented: "返回数量，默认 100。最大 100").</summary>
    public const int MaxPageSize = 100;

    /// <summary>end_updated_at − start_updated_at ≤ 30 minutes (documented).</summary>
    public static readonly TimeSpan MaxIncrementWindow = TimeSpan.FromMinutes(30);

    /// <summary>end_confirm_at − start_confirm_at ≤ 24 hours (documented on pdd.order.list.get).</summary>
    public static readonly TimeSpan MaxConfirmWindow = TimeSpan.FromHours(24);

    public const string IncrementType = "pdd.order.number.list.increment.get";
    public const string ListType = "pdd.order.list.get";
    public const string InformationType = "pdd.order.information.get";
    public const string RefreshType = "pdd.pop.auth.token.refresh";
    public const string OnlineSendType = "pdd.logistics.online.send";

    /// <summary>0: all orders, lottery or not; 5: every order_status / refund_status (documented query values).</summary>
    private const string AllLuckyFlags = "0";
    private const string AllStatuses = "5";

    /// <summary>
    /// The response wrapper of each type: Pinduoduo does not derive it from the type name, so it is a
    /// table (names as in the public SDKs' response models: niltor/open-pdd-net-sdk, the Rust crate pdd).
    /// </summary>
    private static readonly Dictionary<string, string> ResponseNames = new(StringComparer.Ordinal)
    {
        [IncrementType] = "order_sn_increment_get_response",
        [ListType] = "order_list_get_response",
        [InformationType] = "order_info_get_response",
        [RefreshType] = "pop_auth_token_refresh_response",
        [OnlineSendType] = "logistics_online_send_response",
    };

    private readonly PlatformHttp _http;
    private readonly PddOptions _options;
    private readonly TimeProvider _time;

    public PddClient(HttpClient http, PddOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        options.Validate();
        _http = new PlatformHttp(http, "Pinduoduo", (errorClass, code, message, inner, status) =>
            new PddException(errorClass, code, message, inner) { HttpStatus = status });
        _options = options;
        _time = time;
    }

    /// <summary>
    /// <c>pdd.order.number.list.increment.get</c>: the shop's orders whose updated_at lies in
    /// <paramref name="window"/> (every shipping, refund and lottery state), one page. Pinduoduo requires
    /// paging from the last page backwards to avoid missed orders, which needs the total: it sends
    /// total_count only when <paramref name="useHasNext"/> is false. The list carries whole orders
    /// (items, amounts, receiver), so no detail call follows.
    /// </summary>
    /// <exception cref="ArgumentException">The window is empty or longer than 30 minutes in whole seconds, or the page is out of range: refused before calling.</exception>
    public Task<PddOrderPage> GetIncrementAsync(
        string accessToken,
        PullWindow window,
        int page,
        int pageSize = MaxPageSize,
        bool useHasNext = false,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accessToken);
        CheckPage(page, pageSize);
        var (start, end) = Seconds(window, MaxIncrementWindow, "increment");
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["start_updated_at"] = start,
            ["end_updated_at"] = end,
            ["is_lucky_flag"] = AllLuckyFlags,
            ["order_status"] = AllStatuses,
            ["refund_status"] = AllStatuses,
            ["page"] = page.ToString(CultureInfo.InvariantCulture),
            ["page_size"] = pageSize.ToString(CultureInfo.InvariantCulture),
            ["use_has_next"] = useHasNext ? "true" : "false",
        };

        return CallAsync(IncrementType, accessToken, parameters, (body, requestId) => ReadPage(body, "order_sn_list", requestId, page, pageSize), cancellationToken);
    }

    /// <summary>
    /// <c>pdd.order.list.get</c>: the shop's orders whose confirm_time (成交时间) lies in
    /// <paramref name="window"/> (at most 24 hours), one page. Pinduoduo has no query by creation time;
    /// confirm time is when an order becomes the seller's (the group formed, paid), which is what
    /// reconciliation counts.
    /// </summary>
    public Task<PddOrderPage> GetListByConfirmTimeAsync(
        string accessToken,
        PullWindow window,
        int page,
        int pageSize = MaxPageSize,
        bool useHasNext = true,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accessToken);
        CheckPage(page, pageSize);
        var (start, end) = Seconds(window, MaxConfirmWindow, "confirm-time");
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["start_confirm_at"] = start,
            ["end_confirm_at"] = end,
            ["order_status"] = AllStatuses,
            ["refund_status"] = AllStatuses,
            ["page"] = page.ToString(CultureInfo.InvariantCulture),
            ["page_size"] = pageSize.ToString(CultureInfo.InvariantCulture),
            ["use_has_next"] = useHasNext ? "true" : "false",
        };

        return CallAsync(ListType, accessToken, parameters, (body, requestId) => ReadPage(body, "order_list", requestId, page, pageSize), cancellationToken);
    }

    /// <summary><c>pdd.order.information.get</c>: one order in full (<c>order_info</c>).</summary>
    public Task<PddOrder> GetInformationAsync(string accessToken, string orderSn, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accessToken);
        ArgumentException.ThrowIfNullOrWhiteSpace(orderSn);
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal) { ["order_sn"] = orderSn };
        return CallAsync(InformationType, accessToken, parameters, (body, _) =>
            body.TryGetProperty("order_info", out var info) && info.ValueKind == JsonValueKind.Object
                ? PddJson.ReadOrder(info)
                : throw PddJson.Malformed("'order_info' is missing"), cancellationToken);
    }

    /// <summary>
    /// <c>pdd.pop.auth.token.refresh</c>: a gateway call like any other (signed, no access_token) with the
    /// business parameter <c>refresh_token</c>, answered with <c>access_token</c>, <c>expires_in</c>,
    /// <c>refresh_token</c>, <c>refresh_token_expires_in</c>, <c>owner_id</c>, <c>owner_name</c> ….
    /// A refused refresh token comes back as an error envelope like any other call's.
    /// </summary>
    public async Task<PddToken> RefreshTokenAsync(string refreshToken, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(refreshToken);
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal) { ["refresh_token"] = refreshToken };
        return await CallAsync(RefreshType, accessToken: null, parameters, (body, _) =>
        {
            var now = _time.GetUtcNow();
            var expiresIn = PddJson.Long(body, "expires_in") ?? throw PddJson.Malformed("'expires_in' is missing");
            var refreshExpiresIn = PddJson.Long(body, "refresh_token_expires_in");
            return new PddToken(
                AccessToken: PddJson.RequiredText(body, "access_token"),
                ExpiresAt: now.AddSeconds(expiresIn),
                RefreshToken: PddJson.NonEmpty(body, "refresh_token"),
                RefreshExpiresAt: refreshExpiresIn is > 0 ? now.AddSeconds(refreshExpiresIn.Value) : null,
                OwnerId: PddJson.NonEmpty(body, "owner_id"),
                OwnerName: PddJson.NonEmpty(body, "owner_name"));
        }, cancellationToken).ConfigureAwait(false);
    }

    private static PddOrderPage ReadPage(JsonElement body, string listName, string? requestId, int page, int pageSize)
    {
        var orders = PddJson.Array(body, listName).Select(PddJson.ReadOrder).ToList();
        var total = PddJson.Long(body, "total_count");
        var hasNext = PddJson.Bool(body, "has_next")
            ?? (total is { } count ? (long)page * pageSize < count
                : throw PddJson.Malformed("neither 'has_next' nor 'total_count' is present"));
        return new PddOrderPage(orders, hasNext, total, requestId);
    }

    private static void CheckPage(int page, int pageSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, MaxPageSize);
    }

    /// <summary>The window as Unix seconds (both bounds floored), checked on what is actually sent.</summary>
    private static (string Start, string End) Seconds(PullWindow window, TimeSpan max, string what)
    {
        var start = PlatformTime.ToUnixSeconds(window.Start);
        var end = PlatformTime.ToUnixSeconds(window.End);
        if (end <= start || end - start > (long)max.TotalSeconds)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"A Pinduoduo {what} window must end after it starts and span at most {max}; got {window.Start:O} – {window.End:O}."),
                nameof(window));
        }

        return (start.ToString(CultureInfo.InvariantCulture), end.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// <c>pdd.logistics.online.send</c> (订单发货通知): the order <paramref name="orderSn"/> left with the
    /// carrier <paramref name="logisticsId"/> (Pinduoduo's numeric id) and <paramref name="trackingNumber"/>.
    /// The answer carries <c>is_success</c>; the refusals in <see cref="ShipRefusals.Pdd"/> are Permanent.
    /// </summary>
    public async Task OnlineSendAsync(string accessToken, string orderSn, string logisticsId, string trackingNumber, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accessToken);
        ArgumentException.ThrowIfNullOrWhiteSpace(orderSn);
        ArgumentException.ThrowIfNullOrWhiteSpace(trackingNumber);
        var business = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["order_sn"] = orderSn,
            ["logistics_id"] = logisticsId,
            ["tracking_number"] = trackingNumber,
        };
        try
        {
            var success = await CallAsync(OnlineSendType, accessToken, business, (payload, _) => PddJson.Bool(payload, "is_success"), cancellationToken).ConfigureAwait(false);
            if (success != true)
            {
                throw PddJson.Malformed("'is_success' is not true");
            }
        }
        catch (PddException ex) when (ex.SubCode is { } sub && ShipRefusals.Pdd.Contains(sub))
        {
            throw ex.Reclassified(PlatformErrorClass.Permanent);
        }
    }

    private async Task<T> CallAsync<T>(
        string type,
        string? accessToken,
        IReadOnlyDictionary<string, string> business,
        Func<JsonElement, string?, T> read,
        CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, string>(business, StringComparer.Ordinal)
        {
            ["type"] = type,
            ["client_id"] = _options.ClientId,
            ["timestamp"] = PlatformTime.ToUnixSeconds(_time.GetUtcNow()).ToString(CultureInfo.InvariantCulture),
            ["data_type"] = "JSON",
            ["version"] = "V1",
        };
        if (accessToken is not null)
        {
            parameters["access_token"] = accessToken;
        }

        parameters["sign"] = PddSigner.Sign(parameters.Select(p => KeyValuePair.Create(p.Key, (string?)p.Value)), _options.ClientSecret);

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
            throw PddJson.Malformed(document is null ? "the body is not JSON" : "the body is not a JSON object");
        }

        var responseName = ResponseNames[type];
        if (!response.TryGetProperty(responseName, out var payload) || payload.ValueKind != JsonValueKind.Object)
        {
            throw PddJson.Malformed($"'{responseName}' is missing");
        }

        return read(payload, PddJson.Text(payload, "request_id"));
    }

    private static PddException ToException(JsonElement error, int status)
    {
        if (error.ValueKind != JsonValueKind.Object)
        {
            return PddJson.Malformed("'error_response' is not an object");
        }

        var code = PddJson.Text(error, "error_code") ?? string.Empty;
        var message = PddJson.Text(error, "error_msg");
        var subCode = PddJson.NonEmpty(error, "sub_code");
        var subMessage = PddJson.NonEmpty(error, "sub_msg");
        var errorClass = code.Length == 0 ? PlatformErrorClass.Unclassified : PddErrorClassifier.Classify(new PlatformError(code, subCode));
        var detail = subMessage is null || subMessage == message ? string.Empty : $" ({subCode}: {subMessage})";
        return new PddException(errorClass, code, $"Pinduoduo error {code} {message}{detail}".TrimEnd())
        {
            SubCode = subCode,
            SubMessage = subMessage,
            HttpStatus = status,
            RequestId = PddJson.Text(error, "request_id"),
        };
    }
}
