namespace OrderActors.GrainInterfaces.Fulfilment;

/// <summary>The answer to resolving or retrying a review.</summary>
/// <param name="Rejection">The order's reason when it still refuses (or the order is gone or moved: <c>UnknownOrder</c>, <c>WrongWarehouse</c>).</param>
[GenerateSerializer, Immutable, Alias("oa.WmsReviewResult")]
public sealed record WmsReviewResult(
    [property: Id(0)] WmsReviewOutcome Outcome,
    [property: Id(1)] WmsReview? Review,
    [property: Id(2)] string? Rejection,
    [property: Id(3)] string? Detail);
