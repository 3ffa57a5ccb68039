using System.Collections.Immutable;
using Microsoft.AspNetCore.Http.HttpResults;
using OrderActors.GrainInterfaces.Fulfilment;
using OrderActors.GrainInterfaces.Keys;
using OrderActors.ClientApi.Security;

namespace OrderActors.ClientApi.Fulfilment;

/// <summary>/api/wms/reviews: WMS events an order refused, for a person to close or to apply again (docs/wms.md).</summary>
public static class WmsReviewsApi
{
    private const int MaxActorLength = 64;
    private const int MaxNoteLength = 1000;

    public static IEndpointRouteBuilder MapWmsReviewsApi(this IEndpointRouteBuilder app)
    {
        var reviews = app.MapGroup("/api/wms/reviews").WithTags("WMS");
        reviews.MapGet("/", List).WithSummary("WMS events kept for review, newest first: ?warehouse=SH1&open=true&limit=100.").RequireScope(Scopes.Read);
        reviews.MapGet("/{id:long}", Get).WithSummary("One review.").RequireScope(Scopes.Read);
        reviews.MapPost("/{id:long}/resolve", Resolve).WithSummary("Close a review without applying its event: {actor, note}.").RequireScope(Scopes.FulfilmentWrite);
        reviews.MapPost("/{id:long}/retry", Retry)
            .WithSummary("Apply the review's event again (it came too early): {actor, note?}. 200 when the order took it (the review closes); 409 with the order's reason when it still refuses.")
            .RequireScope(Scopes.FulfilmentWrite);
        return app;
    }

    private static async Task<Results<Ok<ImmutableArray<WmsReview>>, ValidationProblem>> List(string? warehouse, bool? open, int? limit, IClusterClient cluster)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (warehouse is not null && !Codes.IsValidWarehouse(warehouse))
        {
            errors["warehouse"] = ["Not a warehouse code."];
        }

        if (limit is < 1 or > 500)
        {
            errors["limit"] = ["1-500."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The query is not valid");
        }

        return TypedResults.Ok(await cluster.GetGrain<IWmsReviewsGrain>(0).List(warehouse, open, limit ?? 100));
    }

    private static async Task<Results<Ok<WmsReview>, ProblemHttpResult>> Get(long id, IClusterClient cluster) =>
        await cluster.GetGrain<IWmsReviewsGrain>(0).Get(id) is { } review ? TypedResults.Ok(review) : Problems.NotFound($"Review {id}");

    private static async Task<Results<Ok<WmsReview>, ProblemHttpResult, ValidationProblem>> Resolve(long id, ReviewActionRequest? request, IClusterClient cluster, HttpContext context)
    {
        request = request is null ? null : request with { Actor = Actors.Of(context, request.Actor) };
        if (Invalid(request, noteRequired: true) is { } invalid)
        {
            return invalid;
        }

        var result = await cluster.GetGrain<IWmsReviewsGrain>(0).Resolve(id, request!.Actor!, request.Note!);
        return result.Outcome == WmsReviewOutcome.Resolved ? TypedResults.Ok(result.Review!) : Refused(id, result);
    }

    private static async Task<Results<Ok<WmsReview>, ProblemHttpResult, ValidationProblem>> Retry(long id, ReviewActionRequest? request, IClusterClient cluster, HttpContext context)
    {
        request = request is null ? null : request with { Actor = Actors.Of(context, request.Actor) };
        if (Invalid(request, noteRequired: false) is { } invalid)
        {
            return invalid;
        }

        var result = await cluster.GetGrain<IWmsReviewsGrain>(0).Retry(id, request!.Actor!, request.Note);
        return result.Outcome == WmsReviewOutcome.Applied ? TypedResults.Ok(result.Review!) : Refused(id, result);
    }

    private static ProblemHttpResult Refused(long id, WmsReviewResult result)
    {
        var extensions = new Dictionary<string, object?> { ["reason"] = result.Rejection, ["reviewId"] = id, ["review"] = result.Review };
        return result.Outcome switch
        {
            WmsReviewOutcome.NotFound => Problems.NotFound($"Review {id}"),
            WmsReviewOutcome.StillRefused => Problems.Of(StatusCodes.Status409Conflict, result.Rejection ?? "Refused", $"The order still refuses the event: {result.Detail}", extensions),
            WmsReviewOutcome.AlreadyClosed => Problems.Of(StatusCodes.Status409Conflict, "ReviewClosed", result.Detail ?? $"Review {id} is closed.", extensions),
            _ => Problems.Of(StatusCodes.Status503ServiceUnavailable, "Unavailable", result.Detail ?? "Try again.", extensions),
        };
    }

    private static ValidationProblem? Invalid(ReviewActionRequest? request, bool noteRequired)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(request?.Actor) || request.Actor.Length > MaxActorLength)
        {
            errors["actor"] = [$"Who decides: 1-{MaxActorLength} characters."];
        }

        if ((noteRequired && string.IsNullOrWhiteSpace(request?.Note)) || request?.Note?.Length > MaxNoteLength)
        {
            errors["note"] = [noteRequired ? $"Why: 1-{MaxNoteLength} characters." : $"At most {MaxNoteLength} characters."];
        }

        return errors.Count == 0 ? null : TypedResults.ValidationProblem(errors, title: "The request is not valid");
    }
}
