using System.Security.Claims;
using Microsoft.Extensions.Options;

namespace OrderActors.ClientApi.Security;

/// <summary>
/// Sign-in and sign-out for the console (GET/POST /login, POST /logout) and who the caller is (GET /api/me).
/// A session is a random token in an HttpOnly, SameSite=Strict cookie; PostgreSQL holds its hash (docs/security.md).
/// </summary>
public static class LoginApi
{
    public const string DefaultLanding = "/console/";

    // Double-submit token of the sign-in form: there is no session yet to tie it to.
    private const string LoginCsrfCookie = "oa_login";

    public static IEndpointRouteBuilder MapLoginApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/login", Form).PublicAccess("the sign-in form").ExcludeFromDescription();
        app.MapPost("/login", SignIn).PublicAccess("signing in is how a session starts; limited per address and user name")
            .DisableAntiforgery().ExcludeFromDescription();
        app.MapPost("/logout", SignOut).PublicAccess("ends the caller's own session, with its CSRF token").DisableAntiforgery().ExcludeFromDescription();
        app.MapGet("/api/me", Me).PublicAccess("says who the caller is; 401 when nobody").WithTags("Access")
            .WithSummary("The signed-in user or API key: name, display name, role, scopes, and the CSRF token for writes from the browser.");
        return app;
    }

    /// <summary>The login page, coming back to <paramref name="returnUrl"/> afterwards.</summary>
    public static string LoginUrl(string returnUrl) => "/login?returnUrl=" + Uri.EscapeDataString(returnUrl);

    /// <summary>Only paths on this site: an absolute or protocol-relative URL would make the login page an open redirect.
    /// Printable ASCII only: a browser-escaped URL is, and anything else (spaces, controls, non-ASCII) cannot go into a
    /// Location header as is (Kestrel refuses non-ASCII header values, which would turn a bad link into a 500).</summary>
    public static string LocalOrDefault(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && url.All(c => c is > ' ' and < (char)0x7F)
            ? url
            : DefaultLanding;

    /// <summary>Who is calling.</summary>
    public sealed record MeResponse(string Name, string DisplayName, string? Role, IReadOnlyList<string> Scopes, string? CsrfToken);

    private static IResult Form(HttpContext context, string? returnUrl) =>
        Page(context, StatusCodes.Status200OK, LocalOrDefault(returnUrl), null, null);

    private static async Task<IResult> SignIn(
        HttpContext context, UserStore users, Passwords passwords, LoginThrottle throttle, IOptions<AuthOptions> options, TimeProvider time)
    {
        var ct = context.RequestAborted;
        if (!context.Request.HasFormContentType)
        {
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Sign in with the form",
                detail: "POST /login takes application/x-www-form-urlencoded: username, password, __csrf, returnUrl.", type: "urn:orderactors:problem:UnsupportedMediaType");
        }

        var form = await context.Request.ReadFormAsync(ct);
        var name = form["username"].FirstOrDefault()?.Trim() ?? "";
        var password = form["password"].FirstOrDefault() ?? "";
        var returnUrl = LocalOrDefault(form["returnUrl"].FirstOrDefault());
        if (!Secrets.FixedTimeEquals(form[AccessMiddleware.CsrfFormField].FirstOrDefault(), context.Request.Cookies[LoginCsrfCookie]))
        {
            return Page(context, StatusCodes.Status403Forbidden, returnUrl, name, "The sign-in form had expired. Please sign in again.");
        }

        if (!throttle.TryAttempt(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", name))
        {
            context.Response.Headers.RetryAfter = "60";
            return Page(context, StatusCodes.Status429TooManyRequests, returnUrl, name, "Too many sign-in attempts. Wait a minute and try again.");
        }

        var found = name.Length is > 0 and <= 64 ? await users.ForLogin(name.ToLowerInvariant(), ct) : null;
        var (ok, rehash) = passwords.Verify(found?.PasswordHash, password);
        if (found is not { User.Disabled: false } || !ok)
        {
            // The same answer whether the user exists, is disabled or the password is wrong.
            return Page(context, StatusCodes.Status401Unauthorized, returnUrl, name, "The user name or password is not right.");
        }

        var user = found.Value.User;
        if (rehash)
        {
            await users.Rehash(user.Name, passwords.Hash(password), ct);
        }

        // A session this browser already had (another user, or an old sign-in) ends here, rather than living on
        // in PostgreSQL until it expires: one browser, one session, and always a fresh token after sign-in.
        if (context.Request.Cookies[CallerResolver.SessionCookie] is { Length: > 0 } earlier)
        {
            await users.EndSession(Secrets.Sha256(earlier), ct);
        }

        var token = Secrets.NewToken();
        var now = time.GetUtcNow();
        var expires = now + options.Value.AbsoluteTimeout;
        await users.StartSession(Secrets.Sha256(token), user.Name, Secrets.NewToken(), now, expires, ct);
        context.Response.Cookies.Append(CallerResolver.SessionCookie, token, Cookie(context, options.Value, expires));
        context.Response.Cookies.Delete(LoginCsrfCookie, new CookieOptions { Path = "/login" });
        return SeeOther(returnUrl);
    }

    private static async Task<IResult> SignOut(HttpContext context, UserStore users)
    {
        if (context.User.IsSignedInUser())
        {
            if (!await AccessMiddleware.CarriesCsrfToken(context, context.User))
            {
                return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not allowed", type: "urn:orderactors:problem:CsrfTokenInvalid",
                    detail: $"Signing out needs the session's CSRF token ({AccessMiddleware.CsrfFormField} field or {AccessMiddleware.CsrfHeader} header).");
            }

            await users.EndSession(Secrets.Sha256(context.Request.Cookies[CallerResolver.SessionCookie]!), context.RequestAborted);
        }

        context.Response.Cookies.Delete(CallerResolver.SessionCookie);
        return SeeOther("/login");
    }

    private static IResult Me(ClaimsPrincipal user, HttpResponse response)
    {
        // The answer holds the session's CSRF token: no cache may keep it.
        response.Headers.CacheControl = "no-store";
        if (user.Identity is not { IsAuthenticated: true, Name: { } name })
        {
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Not signed in", type: "urn:orderactors:problem:Unauthenticated",
                detail: "Nobody is signed in, and no API key was sent.");
        }

        return Results.Ok(new MeResponse(
            name, user.FindFirstValue(Caller.DisplayNameClaim) ?? name, user.FindFirstValue(ClaimTypes.Role), user.ScopesOf(), user.FindFirstValue(Caller.CsrfClaim)));
    }

    private static IResult Page(HttpContext context, int status, string returnUrl, string? userName, string? error)
    {
        var csrf = Secrets.NewToken();
        context.Response.Cookies.Append(LoginCsrfCookie, csrf, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Path = "/login",
            Secure = SecureCookie(context, context.RequestServices.GetRequiredService<IOptions<AuthOptions>>().Value),
        });
        context.Response.Headers.CacheControl = "no-store";
        return Results.Content(LoginPage.Render(csrf, returnUrl, userName, error), "text/html; charset=utf-8", statusCode: status);
    }

    private static CookieOptions Cookie(HttpContext context, AuthOptions options, DateTimeOffset expires) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Strict,
        Path = "/",
        Expires = expires,
        Secure = SecureCookie(context, options),
        IsEssential = true,
    };

    private static bool SecureCookie(HttpContext context, AuthOptions options) =>
        options.CookieSecure == CookieSecurePolicy.Always || (options.CookieSecure == CookieSecurePolicy.SameAsRequest && context.Request.IsHttps);

    // 303: the browser follows a form post with a GET.
    private static IResult SeeOther(string location) => new SeeOtherResult(location);

    private sealed class SeeOtherResult(string location) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
            httpContext.Response.Headers.Location = location;
            return Task.CompletedTask;
        }
    }
}
