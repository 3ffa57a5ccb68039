using System.Collections.Immutable;
using OrderActors.Domain.Orders;

namespace OrderActors.Domain.Analytics;

/// <summary>One order status change as the projection stored it.</summary>
/// <param name="DelayReasons">The exception codes recorded while the order was in the step this change ends.</param>
public sealed record StatusEventRecord(
    string OrderId,
    int Version,
    OrderStatus Status,
    DateTimeOffset At,
    string Channel,
    string? Warehouse,
    string? Carrier,
    ImmutableArray<string> DelayReasons);
