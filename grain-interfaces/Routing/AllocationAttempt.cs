namespace OrderActors.GrainInterfaces.Routing;

/// <summary>One warehouse the router tried, and why it did not take the order (null when it did).</summary>
[GenerateSerializer, Immutable, Alias("oa.AllocationAttempt")]
public sealed record AllocationAttempt([property: Id(0)] string Warehouse, [property: Id(1)] bool SameProvince, [property: Id(2)] string? RefusedBecause);
