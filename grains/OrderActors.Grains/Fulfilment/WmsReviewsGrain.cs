using System.Collections.Immutable;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;
using OrderActors.GrainInterfaces.Fulfilment;

namespace OrderActors.Grains.Fulfilment;

/// <summary>
/// WMS events kept for review: list, close by hand, or retry. A retry takes the stored event to its
/// order again through the same step as the inbox (<see cref="WmsOrderStep"/>): the order grain is
/// idempotent by event id, so a retry racing another retry, or a resend, applies the event once.
/// </summary>
// A stateless worker: every call reads and writes PostgreSQL and nothing is held between calls, so any
// silo may serve any call, several at once.
[StatelessWorker]
internal sealed partial class WmsReviewsGrain(
    WmsEventStore store,
    [FromKeyedServices(OrderActorsTime.Key)] TimeProvider time,
    ILogger<WmsReviewsGrain> logger) : Grain, IWmsReviewsGrain
{
    public const int MaxList = 500;

    Task<ImmutableArray<WmsReview>> IWmsReviewsGrain.List(string? warehouse, bool? open, int limit) =>
        store.ListReviews(warehouse, open, Math.Clamp(limit, 1, MaxList));

    Task<WmsReview?> IWmsReviewsGrain.Get(long id) => store.GetReview(id);

    async Task<WmsReviewResult> IWmsReviewsGrain.Resolve(long id, string actor, string note)
    {
        try
        {
            if (await store.GetReview(id) is not { } review)
            {
                return new(WmsReviewOutcome.NotFound, null, null, $"There is no review {id}.");
            }

            if (!review.Open || !await store.Close(id, actor, "resolved", note, time.GetUtcNow()))
            {
                return Closed(await store.GetReview(id) ?? review);
            }

            return new(WmsReviewOutcome.Resolved, await store.GetReview(id), null, null);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogFailed(ex, id);
            return new(WmsReviewOutcome.Unavailable, null, "Unavailable", "The review could not be closed now; try again.");
        }
    }

    async Task<WmsReviewResult> IWmsReviewsGrain.Retry(long id, string actor, string? note)
    {
        try
        {
            if (await store.GetReview(id) is not { } review)
            {
                return new(WmsReviewOutcome.NotFound, null, null, $"There is no review {id}.");
            }

            if (!review.Open)
            {
                return Closed(review);
            }

            var e = new WarehouseEvent(review.EventId, review.Warehouse, review.Kind, review.At, review.Operator, review.Device, review.DelayReason);
            var step = await WmsOrderStep.Apply(GrainFactory, review.OrderId, e);
            var now = time.GetUtcNow();
            if (step.Outcome is WmsOutcome.Applied or WmsOutcome.Unchanged)
            {
                await store.Close(id, actor, "applied", note ?? $"retried: {step.Outcome.ToString().ToLowerInvariant()}", now);
                var after = await store.GetReview(id);
                return after?.Resolution == "applied" ? new(WmsReviewOutcome.Applied, after, null, step.Detail) : Closed(after ?? review);
            }

            // Still refused (or the order is gone, or moved to another warehouse): the review stays open with the reason now.
            await store.RecordRefusedAttempt(id, step.Reason!, step.Detail!, now);
            return new(WmsReviewOutcome.StillRefused, await store.GetReview(id), step.Reason, step.Detail);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogFailed(ex, id);
            return new(WmsReviewOutcome.Unavailable, null, "Unavailable", "The review could not be retried now; try again.");
        }
    }

    private static WmsReviewResult Closed(WmsReview review) =>
        new(WmsReviewOutcome.AlreadyClosed, review, "ReviewClosed", $"Review {review.Id} was closed ({review.Resolution}) at {review.ClosedAt:O} by {review.ClosedBy}.");

    [LoggerMessage(Level = LogLevel.Error, Message = "WMS review {ReviewId} could not be resolved or retried")]
    private partial void LogFailed(Exception ex, long reviewId);
}
