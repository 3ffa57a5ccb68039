using System.Collections.Immutable;

namespace OrderActors.GrainInterfaces.Analytics;

/// <summary>Step figures in the period, per group, the most frequent delay reasons and the slowest step (<see cref="Bottleneck"/>, by mean).</summary>
[GenerateSerializer, Immutable, Alias("oa.StageReport")]
public sealed record StageReport(
    [property: Id(0)] DateTimeOffset From,
    [property: Id(1)] DateTimeOffset To,
    [property: Id(2)] ImmutableArray<StageStep> Steps,
    [property: Id(3)] ImmutableArray<StageGroup> Groups,
    [property: Id(4)] ImmutableArray<StageDelayReason> TopDelayReasons,
    [property: Id(5)] string? Bottleneck,
    [property: Id(6)] string? GroupBy);
