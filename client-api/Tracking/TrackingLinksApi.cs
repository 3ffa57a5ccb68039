using System.Collections.Immutable;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using OrderActors.GrainInterfaces.Keys;
using OrderActors.GrainInterfaces.Tracking;
using OrderActors.ClientApi.Security;

namespace OrderActors.ClientApi.Tracking;

/// <summary>/api/orders/{orderId}/tracking-links: the customer's self-service links, made, listed and revoked by the seller.</summary>
public static class TrackingLinksApi
{
    public static IEndpointRouteBuilder MapTrackingLinksApi(this IEndpointRouteBuilder app)
    {
        var links = app.MapGroup("/api/orders/{orderId}/tracking-links").WithTags("Tracking links");
        links.MapPost("/", Create).WithSummary("Create a tracking link (idempotent by request id); the token is in this answer only.").RequireScope(Scopes.Notes);
        links.MapGet("/", List).WithSummary("The order's tracking links, without tokens.").RequireScope(Scopes.Read);
        links.MapDelete("/{linkId}", Revoke).WithSummary("Revoke a tracking link; its page answers 404 from then on.").RequireScope(Scopes.Notes);
        return app;
    }

    private static async Task<Results<Created<TrackingLinkResponse>, Ok<TrackingLinkResponse>, ProblemHttpResult, ValidationProblem>> Create(
        string orderId,
        CreateTrackingLinkRequest? request,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        HttpRequest http,
        IOptions<PublicTrackingOptions> options,
        IClusterClient cluster)
    {
        if (!OrderId.TryParse(orderId, out _))
        {
            return Problems.NotFound($"Order '{orderId}'");
        }

        var requestId = request?.RequestId ?? idempotencyKey;
        if (!Codes.IsValidPlatformOrderId(requestId))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["requestId"] = [$"Required (or an Idempotency-Key header): 1-{Codes.MaxPlatformOrderIdLength} letters, digits, '.', '-' or '_'."] },
                title: "The tracking link request is not valid");
        }

        var created = await cluster.GetGrain<ITrackingLinksGrain>(0).Create(orderId, requestId!);
        if (created is null)
        {
            return Problems.NotFound($"Order '{orderId}'");
        }

        var body = new TrackingLinkResponse(created.LinkId, created.Token, PageUrl(http, options.Value, created.Token), created.CreatedAt, created.RevokedAt);
        return created.Replayed ? TypedResults.Ok(body) : TypedResults.Created(body.Url, body);
    }

    private static async Task<Results<Ok<ImmutableArray<TrackingLinkView>>, ProblemHttpResult>> List(string orderId, IClusterClient cluster)
    {
        if (!OrderId.TryParse(orderId, out _) || await cluster.GetGrain<GrainInterfaces.Orders.IOrderGrain>(orderId).Get() is null)
        {
            return Problems.NotFound($"Order '{orderId}'");
        }

        return TypedResults.Ok(await cluster.GetGrain<ITrackingLinksGrain>(0).List(orderId));
    }

    private static async Task<Results<Ok<TrackingLinkView>, ProblemHttpResult>> Revoke(string orderId, string linkId, IClusterClient cluster)
    {
        var revoked = OrderId.TryParse(orderId, out _) ? await cluster.GetGrain<ITrackingLinksGrain>(0).Revoke(orderId, linkId) : null;
        return revoked is null ? Problems.NotFound($"Tracking link '{linkId}' of order '{orderId}'") : TypedResults.Ok(revoked);
    }

    private static Uri PageUrl(HttpRequest http, PublicTrackingOptions options, string token)
    {
        var root = options.PublicBaseUrl?.ToString().TrimEnd('/') ?? $"{http.Scheme}://{http.Host}";
        return new Uri($"{root}/t/{token}");
    }
}
