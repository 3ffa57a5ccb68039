namespace OrderActors.GrainInterfaces.Orders;

/// <summary>The answer to a submit.</summary>
/// <param name="Replayed">True when this id was submitted before with the same content: nothing changed now.</param>
/// <param name="Reason">Machine-readable reason code for Refused, Invalid and IdempotencyConflict.</param>
/// <param name="Detail">What was wrong, for a person.</param>
/// <param name="Order">The recorded order; null when nothing was recorded.</param>
[GenerateSerializer, Immutable, Alias("oa.SubmitOrderResult")]
public sealed record SubmitOrderResult(
    [property: Id(0)] SubmitOutcome Outcome,
    [property: Id(1)] bool Replayed,
    [property: Id(2)] string? Reason,
    [property: Id(3)] string? Detail,
    [property: Id(4)] OrderView? Order);
