namespace OrderActors.ClientApi.Security;

/// <summary>
/// Response headers that cost nothing and close whole classes of browser attacks: no MIME sniffing, no framing
/// (clickjacking of the console's buttons), no Referer (a public tracking link's token must not leak to the sites it
/// links to), and on the console and sign-in pages a Content-Security-Policy that runs only this site's own script
/// files, so injected markup could not run script even if a page ever let some through. The Orleans dashboard is not
/// under the policy: its bundled pages are not ours to vet.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        var path = context.Request.Path;
        if (path.StartsWithSegments("/console") || path.StartsWithSegments("/login"))
        {
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
        }

        return next(context);
    }
}
