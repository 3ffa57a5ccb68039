namespace OrderActors.GrainInterfaces.Analytics;

/// <summary>
/// Steps that ended in [<see cref="From"/>, <see cref="To"/>), optionally of one warehouse, carrier
/// or channel, broken down by <see cref="GroupBy"/> ("warehouse", "carrier" or null). Validated at the API.
/// </summary>
[GenerateSerializer, Immutable, Alias("oa.StageReportQuery")]
public sealed record StageReportQuery(
    [property: Id(0)] DateTimeOffset From,
    [property: Id(1)] DateTimeOffset To,
    [property: Id(2)] string? Warehouse,
    [property: Id(3)] string? Carrier,
    [property: Id(4)] string? Channel,
    [property: Id(5)] string? GroupBy);
