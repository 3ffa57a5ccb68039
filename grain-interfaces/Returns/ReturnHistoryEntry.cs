namespace OrderActors.GrainInterfaces.Returns;

/// <summary>One step of a return (Request, Receive, Qc, Refund, Cancel): when, who, and what it left.</summary>
[GenerateSerializer, Immutable, Alias("oa.ReturnHistoryEntry")]
public sealed record ReturnHistoryEntry(
    [property: Id(0)] string Step,
    [property: Id(1)] ReturnStatus Status,
    [property: Id(2)] RefundStatus Refund,
    [property: Id(3)] DateTimeOffset At,
    [property: Id(4)] string Actor,
    [property: Id(5)] string? Note);
