using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using OrderActors.GrainInterfaces.Tracking;
using OrderActors.ClientApi.Security;

namespace OrderActors.ClientApi.Tracking;

/// <summary>
/// The customer's side of a tracking link: <c>GET /api/public/tracking/{token}</c> (JSON) and <c>GET /t/{token}</c>
/// (a small HTML page). Rate limited per client IP; a malformed, unknown or revoked token all get the same 404.
/// </summary>
public static class PublicTrackingApi
{
    private const string Policy = "public-tracking";

    /// <summary>The per-IP fixed-window limit of the public endpoints, from <c>OrderActors:Tracking</c>.</summary>
    public static WebApplicationBuilder AddPublicTracking(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<PublicTrackingOptions>(builder.Configuration.GetSection(PublicTrackingOptions.Section));
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(Policy, http =>
            {
                var o = http.RequestServices.GetRequiredService<IOptions<PublicTrackingOptions>>().Value;

                // The connection's address: behind a proxy, configure forwarded headers for the trusted proxy first,
                // or every customer shares the proxy's limit (and a client could claim any address if headers were trusted blindly).
                return RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = Math.Max(o.PermitLimit, 1),
                    Window = o.Window > TimeSpan.Zero ? o.Window : TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 60;
                context.HttpContext.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
                await context.HttpContext.Response.WriteAsJsonAsync(
                    new ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Type = "urn:orderactors:problem:TooManyRequests",
                        Title = "Too many requests",
                        Detail = $"Too many tracking requests from this address; retry in {retryAfter} s.",
                    },
                    (System.Text.Json.JsonSerializerOptions?)null,
                    "application/problem+json",
                    cancellationToken);
            };
        });
        return builder;
    }

    public static IEndpointRouteBuilder MapPublicTrackingApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/public/tracking/{token}", Json).WithTags("Public tracking").RequireRateLimiting(Policy)
            .WithSummary("What a tracking link shows, as JSON: steps, carrier, waybill, carrier events, destination city, masked phone.")
            .PublicAccess("the unguessable token of a tracking link is the credential; rate limited per address");
        app.MapGet("/t/{token}", Page).WithTags("Public tracking").RequireRateLimiting(Policy)
            .WithSummary("The tracking page a customer opens from the link.")
            .PublicAccess("the unguessable token of a tracking link is the credential; rate limited per address");
        return app;
    }

    private static async Task<Results<Ok<PublicTracking>, ProblemHttpResult>> Json(string token, HttpResponse response, IClusterClient cluster)
    {
        Private(response);
        return await cluster.GetGrain<ITrackingLinksGrain>(0).Open(token) is { } tracking ? TypedResults.Ok(tracking) : NotFound();
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> Page(string token, HttpResponse response, IClusterClient cluster)
    {
        Private(response);
        if (await cluster.GetGrain<ITrackingLinksGrain>(0).Open(token) is not { } tracking)
        {
            return NotFound();
        }

        response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
        return TypedResults.Content(TrackingPage.Render(tracking), "text/html; charset=utf-8");
    }

    /// <summary>One answer for every token that opens nothing, so it tells a guesser nothing.</summary>
    private static ProblemHttpResult NotFound() => Problems.Of(StatusCodes.Status404NotFound, "NotFound", "No tracking information for this link.");

    /// <summary>The token is in the URL: keep it out of caches, search engines and other sites' Referer headers.</summary>
    private static void Private(HttpResponse response)
    {
        response.Headers.CacheControl = "no-store";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers["X-Robots-Tag"] = "noindex, nofollow";
    }
}
