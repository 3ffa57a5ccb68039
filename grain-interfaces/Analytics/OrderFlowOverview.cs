using System.Collections.Immutable;

namespace OrderActors.GrainInterfaces.Analytics;

/// <summary>
/// What the orders did in [<see cref="From"/>, <see cref="To"/>): status changes counted per minute (only minutes
/// with changes are listed), and the backlog: how many orders stand in each open status now.
/// </summary>
[GenerateSerializer, Immutable, Alias("oa.OrderFlowOverview")]
public sealed record OrderFlowOverview(
    [property: Id(0)] DateTimeOffset From,
    [property: Id(1)] DateTimeOffset To,
    [property: Id(2)] ImmutableArray<OrderFlowMinute> Minutes,
    [property: Id(3)] ImmutableArray<BacklogStep> Backlog)
{
    /// <summary>The longest window one overview covers (a day): the per-minute query reads every event in it.</summary>
    public const int MaxMinutes = 24 * 60;
}

/// <summary><see cref="Count"/> orders of <see cref="Channel"/> reached <see cref="Status"/> in the minute starting at <see cref="Minute"/>.</summary>
[GenerateSerializer, Immutable, Alias("oa.OrderFlowMinute")]
public sealed record OrderFlowMinute(
    [property: Id(0)] DateTimeOffset Minute,
    [property: Id(1)] string Channel,
    [property: Id(2)] Orders.OrderStatus Status,
    [property: Id(3)] int Count);

/// <summary>
/// <see cref="Orders"/> orders whose latest status is <see cref="Status"/>; the oldest has been there since
/// <see cref="OldestSince"/> (<see cref="OldestAgeSeconds"/> ago). Both null when none waits.
/// </summary>
[GenerateSerializer, Immutable, Alias("oa.BacklogStep")]
public sealed record BacklogStep(
    [property: Id(0)] Orders.OrderStatus Status,
    [property: Id(1)] int Orders,
    [property: Id(2)] DateTimeOffset? OldestSince,
    [property: Id(3)] double? OldestAgeSeconds);
