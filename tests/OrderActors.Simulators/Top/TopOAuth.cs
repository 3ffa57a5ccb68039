using System.Text.Json.Nodes;

namespace OrderActors.Simulators.Top;

/// <summary>
/// The OAuth 2.0 token endpoint (<c>https://oauth.taobao.com/token</c> on the platform), refresh grant
/// only: <c>grant_type=refresh_token</c>, <c>refresh_token</c>, <c>client_id</c>, <c>client_secret</c>.
/// The success body carries the fields TOP documents for its token response (access_token, token_type,
/// expires_in, refresh_token, re_expires_in, r1/r2/w1/w2_expires_in, taobao_user_id,
/// taobao_user_nick URL-encoded). Errors use RFC 6749 §5.2 (<c>error</c>, <c>error_description</c>);
/// TOP's own error body for this endpoint was not confirmed.
/// </summary>
internal static class TopOAuth
{
    private const string Method = "oauth.token";

    public static async Task<IResult> HandleAsync(HttpRequest request, TopSimulatorState state)
    {
        var form = request.HasFormContentType ? await request.ReadFormAsync().ConfigureAwait(false) : null;
        string? Field(string name) => form?[name].ToString() is { Length: > 0 } v ? v : request.Query[name].ToString() is { Length: > 0 } q ? q : null;

        var grantType = Field("grant_type");
        if (grantType is null || Field("refresh_token") is not { } refreshToken)
        {
            return Fail(state, 400, "invalid_request", "grant_type and refresh_token are required");
        }

        if (grantType != "refresh_token")
        {
            return Fail(state, 400, "unsupported_grant_type", "the simulator serves grant_type=refresh_token only");
        }

        var clientId = Field("client_id") ?? string.Empty;
        if (state.SecretOf(clientId) is not { } secret || secret != Field("client_secret"))
        {
            return Fail(state, 401, "invalid_client", "client_id or client_secret is wrong");
        }

        if (state.Refresh(clientId, refreshToken) is not { } session)
        {
            return Fail(state, 400, "invalid_grant", "refresh_token is invalid or expired");
        }

        var now = state.Now;
        var expiresIn = (long)Math.Round((session.ExpiresAt - now).TotalSeconds);
        var refreshExpiresIn = (long)Math.Round((session.RefreshExpiresAt - now).TotalSeconds);
        state.Record(Method, "ok");
        return TopWire.Ok(new JsonObject
        {
            ["access_token"] = session.AccessToken,
            ["token_type"] = "Bearer",
            ["expires_in"] = expiresIn,
            ["refresh_token"] = session.RefreshToken,
            ["re_expires_in"] = refreshExpiresIn,
            ["r1_expires_in"] = expiresIn,
            ["r2_expires_in"] = expiresIn,
            ["w1_expires_in"] = expiresIn,
            ["w2_expires_in"] = expiresIn,
            ["taobao_user_id"] = ShopUserId(session.Shop),
            ["taobao_user_nick"] = Uri.EscapeDataString(session.Shop),
            ["expire_time"] = session.ExpiresAt.ToUnixTimeMilliseconds(),
            ["refresh_token_valid_time"] = session.RefreshExpiresAt.ToUnixTimeMilliseconds(),
        });
    }

    private static IResult Fail(TopSimulatorState state, int status, string error, string description)
    {
        state.Record(Method, $"oauth:{error}");
        return TopWire.Status(new JsonObject { ["error"] = error, ["error_description"] = description }, status);
    }

    // A stable made-up numeric user id per shop.
    private static string ShopUserId(string shop) =>
        ((uint)shop.Aggregate(17, (hash, c) => unchecked((hash * 31) + c))).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
