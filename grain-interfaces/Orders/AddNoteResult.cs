namespace OrderActors.GrainInterfaces.Orders;

/// <summary>The outcome of adding a note, and the note stored under the request id.</summary>
[GenerateSerializer, Immutable, Alias("oa.AddNoteResult")]
public sealed record AddNoteResult(
    [property: Id(0)] AddNoteOutcome Outcome,
    [property: Id(1)] OrderNote Note);
