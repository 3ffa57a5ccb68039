using System.Collections.Immutable;
using OrderActors.GrainInterfaces.Orders;

namespace OrderActors.GrainInterfaces.Routing;

/// <summary>An order to place: where it goes (GB/T 2260 codes), its channel, and what it needs.</summary>
[GenerateSerializer, Immutable, Alias("oa.AllocationRequest")]
public sealed record AllocationRequest(
    [property: Id(0)] string OrderId,
    [property: Id(1)] string DestinationProvinceCode,
    [property: Id(2)] ImmutableArray<OrderLine> Lines,
    [property: Id(3)] string? DestinationCityCode = null,
    [property: Id(4)] string? Channel = null);
