namespace OrderActors.GrainInterfaces.Analytics;

/// <summary>A delay reason code and in how many orders' step it was recorded.</summary>
[GenerateSerializer, Immutable, Alias("oa.StageDelayReason")]
public sealed record StageDelayReason(
    [property: Id(0)] string Step,
    [property: Id(1)] string Reason,
    [property: Id(2)] int Count);
