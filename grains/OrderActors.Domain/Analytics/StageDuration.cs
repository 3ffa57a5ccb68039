using System.Collections.Immutable;

namespace OrderActors.Domain.Analytics;

/// <summary>The time one order spent in one step, with what it is grouped and filtered by.</summary>
public sealed record StageDuration(
    string OrderId,
    Stage Stage,
    DateTimeOffset Start,
    DateTimeOffset End,
    string Channel,
    string? Warehouse,
    string? Carrier,
    ImmutableArray<string> DelayReasons)
{
    public double Seconds => (End - Start).TotalSeconds;
}
