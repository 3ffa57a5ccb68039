namespace OrderActors.GrainInterfaces.Orders;

/// <summary>
/// One status change: which version it made, when, what caused it and who. <see cref="DelayReasons"/> are the
/// exception codes recorded while the order was in the status this change ended.
/// </summary>
[GenerateSerializer, Immutable, Alias("oa.OrderHistoryEntry")]
public sealed record OrderHistoryEntry(
    [property: Id(0)] int Version,
    [property: Id(1)] OrderStatus Status,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] string Trigger,
    [property: Id(4)] string Actor,
    [property: Id(5)] string? Note,
    System.Collections.Immutable.ImmutableArray<string> DelayReasons = default)
{
    /// <summary>Never default: entries stored before the field existed carry none.</summary>
    [Id(6)]
    public System.Collections.Immutable.ImmutableArray<string> DelayReasons { get; init; } = DelayReasons.IsDefault ? [] : DelayReasons;
}
