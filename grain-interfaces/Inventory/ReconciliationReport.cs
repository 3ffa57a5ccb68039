using System.Collections.Immutable;

namespace OrderActors.GrainInterfaces.Inventory;

/// <summary>A reservation the reconciler gave back, and why the order no longer needed it.</summary>
[GenerateSerializer, Immutable, Alias("oa.ReleasedReservation")]
public sealed record ReleasedReservation(
    [property: Id(0)] string Cell,
    [property: Id(1)] string OrderId,
    [property: Id(2)] int Quantity,
    [property: Id(3)] string Reason);

/// <summary>What one reconciliation run checked and what it fixed.</summary>
[GenerateSerializer, Immutable, Alias("oa.ReconciliationReport")]
public sealed record ReconciliationReport(
    [property: Id(0)] DateTimeOffset StartedAt,
    [property: Id(1)] DateTimeOffset FinishedAt,
    [property: Id(2)] int Cells,
    [property: Id(3)] int Reservations,
    [property: Id(4)] ImmutableArray<ReleasedReservation> Released,
    [property: Id(5)] int SkippedAsTooRecent);
