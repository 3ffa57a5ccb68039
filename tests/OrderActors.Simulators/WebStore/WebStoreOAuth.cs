using System.Text;
using System.Text.Json.Nodes;

namespace OrderActors.Simulators.WebStore;

/// <summary>
/// The store's OAuth 2.0 token endpoint (<c>/webstore/oauth/token</c>), refresh grant only (RFC 6749 §6).
/// The client authenticates with HTTP Basic (§2.3.1) or, as the RFC also allows, with client_id and
/// client_secret in the form. Success and error bodies as §5.1 and §5.2, with Cache-Control: no-store;
/// <c>refresh_token_expires_in</c> is the contract's addition. A refresh token is single-use.
/// </summary>
internal static class WebStoreOAuth
{
    private const string Method = "oauth.token";

    private static readonly Dictionary<string, string> NoStore = new(StringComparer.Ordinal) { ["Cache-Control"] = "no-store", ["Pragma"] = "no-cache" };

    public static async Task<IResult> HandleAsync(HttpRequest request, WebStoreSimulatorState state)
    {
        var requestId = WebStoreWire.NewRequestId();
        var form = request.HasFormContentType ? await request.ReadFormAsync().ConfigureAwait(false) : null;
        string? Field(string name) => form?[name].ToString() is { Length: > 0 } value ? value : null;

        var (clientId, clientSecret) = BasicCredentials(request) ?? (Field("client_id"), Field("client_secret"));
        if (clientId is null || state.SecretOf(clientId) is not { } secret || secret != clientSecret)
        {
            return Fail(state, requestId, 401, "invalid_client", "Client authentication failed.", basicChallenge: true);
        }

        var grantType = Field("grant_type");
        if (grantType is null || Field("refresh_token") is not { } refreshToken)
        {
            return Fail(state, requestId, 400, "invalid_request", "grant_type and refresh_token are required.");
        }

        if (grantType != "refresh_token")
        {
            return Fail(state, requestId, 400, "unsupported_grant_type", "Only grant_type=refresh_token is served.");
        }

        if (state.Refresh(clientId, refreshToken) is not { } session)
        {
            return Fail(state, requestId, 400, "invalid_grant", "The refresh token is used, expired, revoked or not yours.");
        }

        var now = state.Now;
        state.Record(Method, "ok");
        var body = new JsonObject
        {
            ["access_token"] = session.AccessToken,
            ["token_type"] = "Bearer",
            ["expires_in"] = (long)Math.Round((session.ExpiresAt - now).TotalSeconds),
            ["refresh_token"] = session.RefreshToken,
            ["refresh_token_expires_in"] = (long)Math.Round((session.RefreshExpiresAt - now).TotalSeconds),
        };
        return WebStoreWire.Status(200, "application/json; charset=utf-8", WebStoreWire.Serialize(body), requestId, NoStore);
    }

    /// <summary>RFC 6749 §2.3.1: Basic with the form-urlencoded client id and secret.</summary>
    private static (string? Id, string? Secret)? BasicCredentials(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        try
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..].Trim()));
            var colon = decoded.IndexOf(':', StringComparison.Ordinal);
            return colon < 0 ? (null, null) : (Uri.UnescapeDataString(decoded[..colon]), Uri.UnescapeDataString(decoded[(colon + 1)..]));
        }
        catch (FormatException)
        {
            return (null, null);
        }
    }

    private static IResult Fail(WebStoreSimulatorState state, string requestId, int status, string error, string description, bool basicChallenge = false)
    {
        state.Record(Method, $"oauth:{error}");
        var headers = new Dictionary<string, string>(NoStore, StringComparer.Ordinal);
        if (basicChallenge)
        {
            headers["WWW-Authenticate"] = "Basic realm=\"webstore\"";
        }

        var body = new JsonObject { ["error"] = error, ["error_description"] = description };
        return WebStoreWire.Status(status, "application/json; charset=utf-8", WebStoreWire.Serialize(body), requestId, headers);
    }
}
