namespace OrderActors.GrainInterfaces.Catalog;

/// <summary>A warehouse as an operator defines it. <see cref="Province"/> is a code, Chinese or pinyin name.</summary>
[GenerateSerializer, Immutable, Alias("oa.WarehouseDefinition")]
public sealed record WarehouseDefinition(
    [property: Id(0)] string Code,
    [property: Id(1)] string Name,
    [property: Id(2)] string Province,
    [property: Id(3)] string City,
    [property: Id(4)] bool Active);
