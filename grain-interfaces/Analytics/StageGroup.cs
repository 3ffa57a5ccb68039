using System.Collections.Immutable;

namespace OrderActors.GrainInterfaces.Analytics;

/// <summary>The step figures of one warehouse or carrier ("(unknown)" when the order named none) and its slowest step.</summary>
[GenerateSerializer, Immutable, Alias("oa.StageGroup")]
public sealed record StageGroup(
    [property: Id(0)] string Key,
    [property: Id(1)] ImmutableArray<StageStep> Steps,
    [property: Id(2)] string? Bottleneck);
