namespace OrderActors.Domain.Analytics;

/// <summary>
/// Which step durations to aggregate: those that ended in [<see cref="From"/>, <see cref="To"/>), of
/// orders of this warehouse, carrier and channel when given, broken down by <see cref="GroupBy"/>.
/// </summary>
public sealed record StageQuery(
    DateTimeOffset From,
    DateTimeOffset To,
    string? Warehouse = null,
    string? Carrier = null,
    string? Channel = null,
    StageGrouping GroupBy = StageGrouping.None,
    int TopReasons = 10);
