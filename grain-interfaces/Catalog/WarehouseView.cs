namespace OrderActors.GrainInterfaces.Catalog;

/// <summary>A warehouse the seller ships from. <see cref="ProvinceCode"/> is a GB/T 2260 code.</summary>
[GenerateSerializer, Immutable, Alias("oa.WarehouseView")]
public sealed record WarehouseView(
    [property: Id(0)] string Code,
    [property: Id(1)] string Name,
    [property: Id(2)] string ProvinceCode,
    [property: Id(3)] string ProvinceName,
    [property: Id(4)] string City,
    [property: Id(5)] bool Active);
