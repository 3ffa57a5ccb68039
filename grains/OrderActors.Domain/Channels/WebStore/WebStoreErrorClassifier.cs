using System.Collections.Frozen;

namespace OrderActors.Domain.Channels.WebStore;

/// <summary>
/// The <c>code</c> member of the store API's problem details (RFC 7807) and the <c>error</c> of its
/// token endpoint (RFC 6749 §5.2) → what to do. The codes are ours (docs/channels-webstore.md);
/// <c>invalid_token</c> and <c>insufficient_scope</c> are the bearer-token codes of RFC 6750 §3.1.
/// A code not listed is Unclassified; the HTTP status decides for 429 and 5xx whatever the code.
/// </summary>
public static class WebStoreErrorClassifier
{
    public static IReadOnlyDictionary<string, PlatformErrorClass> Codes { get; } =
        new Dictionary<string, PlatformErrorClass>(StringComparer.Ordinal)
        {
            ["rate_limited"] = PlatformErrorClass.Retryable,       // 429 with Retry-After
            ["unavailable"] = PlatformErrorClass.Retryable,        // 503: maintenance, overload
            ["internal_error"] = PlatformErrorClass.Retryable,     // 500: the store's fault, may pass
            ["invalid_token"] = PlatformErrorClass.AuthExpired,    // 401: expired, revoked or unknown access token
            ["insufficient_scope"] = PlatformErrorClass.Permanent, // 403: the token may not read orders
            ["invalid_parameter"] = PlatformErrorClass.Permanent,  // 400: our query is wrong (window, page size, time format)
            ["order_not_found"] = PlatformErrorClass.Permanent,    // 404 from GET /orders/{id} and POST /orders/{id}/shipments
            ["order_closed"] = PlatformErrorClass.Permanent,       // 409 from POST …/shipments: cancelled or refunded in the store
            ["already_shipped"] = PlatformErrorClass.Permanent,    // 409 from POST …/shipments: shipped with another waybill
            ["unknown_carrier"] = PlatformErrorClass.Permanent,    // 422 from POST …/shipments
            ["invalid_waybill"] = PlatformErrorClass.Permanent,    // 422 from POST …/shipments
        }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>RFC 6749 §5.2 errors of the token endpoint.</summary>
    public static IReadOnlyDictionary<string, PlatformErrorClass> OAuthCodes { get; } =
        new Dictionary<string, PlatformErrorClass>(StringComparer.Ordinal)
        {
            ["invalid_grant"] = PlatformErrorClass.AuthExpired,           // the refresh token is used, expired or revoked: authorise again
            ["invalid_client"] = PlatformErrorClass.Permanent,            // our client id or secret is wrong
            ["unauthorized_client"] = PlatformErrorClass.Permanent,
            ["unsupported_grant_type"] = PlatformErrorClass.Permanent,
            ["invalid_request"] = PlatformErrorClass.Permanent,
            ["invalid_scope"] = PlatformErrorClass.Permanent,
        }.ToFrozenDictionary(StringComparer.Ordinal);

    public static PlatformErrorClass Classify(PlatformError error) =>
        Codes.GetValueOrDefault(error.Code.Trim(), PlatformErrorClass.Unclassified);

    public static PlatformErrorClass ClassifyOAuth(string error) =>
        OAuthCodes.GetValueOrDefault(error.Trim(), PlatformErrorClass.Unclassified);
}
