namespace OrderActors.GrainInterfaces.Catalog;

/// <summary>The stored warehouse, or the reason it was refused (e.g. a province that does not resolve).</summary>
[GenerateSerializer, Immutable, Alias("oa.WarehouseUpsertResult")]
public sealed record WarehouseUpsertResult([property: Id(0)] WarehouseView? Warehouse, [property: Id(1)] string? Error);
