using System.Collections.Immutable;

namespace OrderActors.GrainInterfaces.Routing;

/// <summary>The packages the order ships in and the stock reserved for them, or why it cannot be served.</summary>
[GenerateSerializer, Immutable, Alias("oa.AllocationResult")]
public sealed record AllocationResult(
    [property: Id(0)] ImmutableArray<PackageView> Packages,
    [property: Id(1)] ImmutableArray<StockReservationView> Reservations,
    [property: Id(2)] string? Unservable)
{
    public bool Allocated => !Packages.IsDefaultOrEmpty;
}
