using System.Collections.Immutable;

namespace OrderActors.GrainInterfaces.Channels;

/// <summary>One reconciliation of a shop against its platform, day by day (China time, as the platforms count).</summary>
/// <param name="Error">Why the run could not finish (the platform failed); the days done before it are kept.</param>
[GenerateSerializer, Immutable, Alias("oa.ShopReconciliation")]
public sealed record ShopReconciliation(
    [property: Id(0)] string Channel,
    [property: Id(1)] string Shop,
    [property: Id(2)] DateTimeOffset RunAt,
    [property: Id(3)] DateOnly From,
    [property: Id(4)] DateOnly To,
    [property: Id(5)] ImmutableArray<DayReconciliation> Days,
    [property: Id(6)] string? Error)
{
    /// <summary>Every day matched before any repair, and the run finished.</summary>
    public bool Matched => Error is null && Days.All(d => d.Matched);

    /// <summary>After repair nothing is missing or unexplained.</summary>
    public bool Clean => Error is null && Days.All(d => d.Clean);
}

/// <summary>
/// One platform day of one shop. <see cref="PlatformCount"/> is what the platform lists as created that
/// day and paid (awaiting payment and cancelled-unpaid orders are not the system's); the system had
/// <see cref="ReceivedCount"/> of them before the run; <see cref="Missing"/> were re-pulled and
/// <see cref="Repaired"/> of those are in the system now.
/// </summary>
/// <param name="Refused">Orders the platform counts that the system refused on import (unknown SKU, address), with the reason: known, not missing.</param>
/// <param name="Extra">Orders the system holds as created that day that the platform did not list.</param>
/// <param name="Unrepaired">Missing orders still not in the system after the re-pull, with the reason.</param>
[GenerateSerializer, Immutable, Alias("oa.DayReconciliation")]
public sealed record DayReconciliation(
    [property: Id(0)] DateOnly Day,
    [property: Id(1)] int PlatformCount,
    [property: Id(2)] int ReceivedCount,
    [property: Id(3)] ImmutableArray<string> Missing,
    [property: Id(4)] ImmutableArray<string> Repaired,
    [property: Id(5)] ImmutableArray<RejectedTrade> Refused,
    [property: Id(6)] ImmutableArray<string> Extra,
    [property: Id(7)] ImmutableArray<RejectedTrade> Unrepaired)
{
    public bool Matched => Missing.IsEmpty && Extra.IsEmpty;

    public bool Clean => Unrepaired.IsEmpty && Extra.IsEmpty;
}

/// <summary>A reconciled day as stored, with the run it belongs to.</summary>
[GenerateSerializer, Immutable, Alias("oa.StoredDayReconciliation")]
public sealed record StoredDayReconciliation([property: Id(0)] DateTimeOffset RunAt, [property: Id(1)] DayReconciliation Day);
