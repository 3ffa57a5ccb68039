using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace OrderActors.Simulators.Jd;

/// <summary>
/// JD's OAuth refresh endpoint (<c>https://open-oauth.jd.com/oauth2/refresh_token</c> on the platform):
/// <c>app_key</c>, <c>app_secret</c>, <c>grant_type=refresh_token</c>, <c>refresh_token</c>, in the query
/// string as JD's document shows (a form body is read too). The success body carries the fields public
/// JD clients read (access_token, expires_in in seconds, refresh_token, scope, open_id, uid, time in
/// milliseconds, token_type). A refusal is <c>{"code":≠0,"msg":…,"requestId":…}</c>, HTTP 200; its
/// codes are the simulator's own, as JD's were not confirmed.
/// </summary>
internal static class JdOAuth
{
    /// <summary>The simulator's code: a parameter is missing or grant_type is not refresh_token.</summary>
    public const int InvalidRequest = 1001;

    /// <summary>The simulator's code: app_key or app_secret is wrong.</summary>
    public const int InvalidClient = 1002;

    /// <summary>The simulator's code: the refresh token is unknown, used up or expired.</summary>
    public const int InvalidRefreshToken = 1003;

    private const string Method = "oauth2.refresh_token";

    public static async Task<IResult> HandleAsync(HttpRequest request, JdSimulatorState state)
    {
        if (state.TryTakeServerError(out var status))
        {
            state.Record(Method, $"http:{status}");
            return Results.Text("<html><body><h1>503 Service Unavailable</h1></body></html>", "text/html", statusCode: status);
        }

        var form = request.HasFormContentType ? await request.ReadFormAsync().ConfigureAwait(false) : null;
        string? Field(string name) => request.Query[name].ToString() is { Length: > 0 } q ? q : form?[name].ToString() is { Length: > 0 } v ? v : null;

        if (Field("refresh_token") is not { } refreshToken || Field("grant_type") != "refresh_token")
        {
            return Fail(state, InvalidRequest, "grant_type=refresh_token and refresh_token are required");
        }

        var appKey = Field("app_key") ?? string.Empty;
        if (state.SecretOf(appKey) is not { } secret || secret != Field("app_secret"))
        {
            return Fail(state, InvalidClient, "app_key or app_secret is wrong");
        }

        if (state.Refresh(appKey, refreshToken) is not { } session)
        {
            return Fail(state, InvalidRefreshToken, "refresh_token is invalid or expired");
        }

        var now = state.Now;
        state.Record(Method, "ok");
        return JdWire.Ok(new JsonObject
        {
            ["access_token"] = session.AccessToken,
            ["expires_in"] = (long)Math.Round((session.ExpiresAt - now).TotalSeconds),
            ["refresh_token"] = session.RefreshToken,
            ["scope"] = "snsapi_base",
            ["open_id"] = OpenId(session.Shop),
            ["uid"] = OpenId(session.Shop)[..10],
            ["time"] = now.ToUnixTimeMilliseconds(),
            ["token_type"] = "bearer",
            ["code"] = 0,
        });
    }

    private static IResult Fail(JdSimulatorState state, int code, string msg)
    {
        state.Record(Method, string.Create(CultureInfo.InvariantCulture, $"oauth:{code}"));
        return JdWire.Ok(new JsonObject
        {
            ["code"] = code,
            ["msg"] = msg,
            ["requestId"] = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)),
        });
    }

    // A stable made-up open_id per shop.
    private static string OpenId(string shop) =>
        Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("jd-open-id:" + shop)))[..24];
}
