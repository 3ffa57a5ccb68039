using System.Collections.Immutable;

namespace OrderActors.GrainInterfaces.Fulfilment;

/// <summary>
/// The WMS events an order refused, kept for a person to decide (<c>wms_event_reviews</c>): list them,
/// close one with a note, or apply one again once the order has caught up (an event that came too
/// early). Stateless: every call reads and writes PostgreSQL. Use key 0.
/// </summary>
public interface IWmsReviewsGrain : IGrainWithIntegerKey
{
    /// <summary>Reviews, newest first; of one warehouse when given; only open ones, only closed ones, or both (null).</summary>
    Task<ImmutableArray<WmsReview>> List(string? warehouse, bool? open, int limit);

    /// <summary>One review, or null.</summary>
    Task<WmsReview?> Get(long id);

    /// <summary>Closes an open review without applying its event (the WMS was wrong, or it was handled another way).</summary>
    Task<WmsReviewResult> Resolve(long id, string actor, string note);

    /// <summary>Applies the review's event to its order again; closes the review when the order takes it.</summary>
    Task<WmsReviewResult> Retry(long id, string actor, string? note);
}
