using System.Collections.Immutable;

namespace OrderActors.GrainInterfaces.Routing;

/// <summary>The warehouse that reserved every line, or null with the attempts that explain why none did.</summary>
[GenerateSerializer, Immutable, Alias("oa.AllocationResult")]
public sealed record AllocationResult([property: Id(0)] string? Warehouse, [property: Id(1)] ImmutableArray<AllocationAttempt> Attempts)
{
    public bool Allocated => Warehouse is not null;
}
