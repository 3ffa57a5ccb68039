using System.Security.Claims;
using Microsoft.AspNetCore.Routing;

namespace OrderActors.ClientApi.Security;

/// <summary>
/// The access layer (docs/security.md): who is calling (API key or session), whether the endpoint lets them in
/// (its <see cref="ScopeRequirement"/> or <see cref="PublicAccess"/>; an endpoint with neither is refused), the CSRF
/// check for cookie-authenticated writes, and an audit entry for every write that reached an endpoint.
/// </summary>
public sealed class AccessMiddleware(RequestDelegate next, CallerResolver callers, AuditLog audit, TimeProvider time)
{
    public const string CsrfHeader = "X-CSRF-TOKEN";
    public const string CsrfFormField = "__csrf";

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint() is not { } endpoint)
        {
            await next(context);
            return;
        }

        var write = !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsOptions(context.Request.Method));
        var at = time.GetUtcNow();
        var failed = true;
        try
        {
            var badKey = await Authenticate(context);
            var rule = endpoint.Metadata.LastOrDefault(m => m is ScopeRequirement or PublicAccess);
            switch (rule)
            {
                case PublicAccess:
                    await next(context);
                    break;
                case ScopeRequirement requirement:
                    await Guarded(context, requirement.Scope, badKey, write);
                    break;
                default:
                    await Refuse(context, StatusCodes.Status403Forbidden, "Unclassified",
                        "This endpoint declares neither a scope nor public access, so it is refused.");
                    break;
            }

            failed = false;
        }
        finally
        {
            if (write)
            {
                var status = failed ? StatusCodes.Status500InternalServerError : context.Response.StatusCode;
                var route = (endpoint as RouteEndpoint)?.RoutePattern.RawText;
                await audit.Record(
                    new AuditEntry(0, at, context.User.Identity?.Name, context.Request.Method, route, context.Request.Path.Value ?? "/", status,
                        context.Connection.RemoteIpAddress?.ToString(), System.Diagnostics.Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier),
                    context.RequestAborted);
            }
        }
    }

    private async Task Guarded(HttpContext context, string scope, bool badKey, bool write)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated != true)
        {
            if (!write && WantsPage(context.Request))
            {
                context.Response.Redirect(LoginApi.LoginUrl(context.Request.Path + context.Request.QueryString));
                return;
            }

            await Refuse(context, StatusCodes.Status401Unauthorized, "Unauthenticated", badKey
                ? "The API key is unknown, revoked or expired."
                : $"Sign in, or send an API key in the {CallerResolver.ApiKeyHeader} header.");
            return;
        }

        if (!user.Has(scope))
        {
            await Refuse(context, StatusCodes.Status403Forbidden, "Forbidden", $"This needs the scope '{scope}', which {user.Identity.Name} does not hold.");
            return;
        }

        if (write && user.IsSignedInUser() && !await CarriesCsrfToken(context, user))
        {
            await Refuse(context, StatusCodes.Status403Forbidden, "CsrfTokenInvalid",
                $"A signed-in write needs the session's CSRF token in the {CsrfHeader} header (GET /api/me gives it).");
            return;
        }

        await next(context);
    }

    /// <summary>Sets the caller; true when an API key was sent but is not valid.</summary>
    private async Task<bool> Authenticate(HttpContext context)
    {
        var ct = context.RequestAborted;
        if (context.Request.Headers[CallerResolver.ApiKeyHeader].FirstOrDefault() is { Length: > 0 } key)
        {
            if (await callers.FromApiKey(key, ct) is { } keyCaller)
            {
                context.User = keyCaller;
                return false;
            }

            return true;
        }

        if (context.Request.Cookies[CallerResolver.SessionCookie] is { Length: > 0 } token)
        {
            if (await callers.FromSession(token, ct) is { } user)
            {
                context.User = user;
            }
            else
            {
                // Expired, ended or forged: forget it, so the browser stops sending it.
                context.Response.Cookies.Delete(CallerResolver.SessionCookie);
            }
        }

        return false;
    }

    /// <summary>The header token (scripts) or the form field (plain HTML forms) equals the session's token.</summary>
    public static async Task<bool> CarriesCsrfToken(HttpContext context, ClaimsPrincipal user)
    {
        var expected = user.FindFirstValue(Caller.CsrfClaim);
        var sent = context.Request.Headers[CsrfHeader].FirstOrDefault();
        if (sent is null && context.Request.HasFormContentType)
        {
            sent = (await context.Request.ReadFormAsync(context.RequestAborted))[CsrfFormField].FirstOrDefault();
        }

        return Secrets.FixedTimeEquals(sent, expected);
    }

    /// <summary>A browser opening a console page (rather than a script calling the API) is sent to the login page.</summary>
    private static bool WantsPage(HttpRequest request) =>
        (request.Path.StartsWithSegments("/console") || request.Path.StartsWithSegments("/dashboard")) &&
        request.Headers.Accept.Any(a => a?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);

    public static Task Refuse(HttpContext context, int status, string reason, string detail) =>
        Results.Problem(detail: detail, statusCode: status, title: status switch
        {
            StatusCodes.Status401Unauthorized => "Not signed in",
            StatusCodes.Status403Forbidden => "Not allowed",
            StatusCodes.Status429TooManyRequests => "Too many requests",
            _ => "The request was refused",
        }, type: $"urn:orderactors:problem:{reason}").ExecuteAsync(context);
}
