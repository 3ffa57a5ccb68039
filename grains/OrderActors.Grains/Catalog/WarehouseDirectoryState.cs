using OrderActors.GrainInterfaces.Catalog;

namespace OrderActors.Grains.Catalog;

[GenerateSerializer, Alias("oa.state.WarehouseDirectory")]
internal sealed class WarehouseDirectoryState
{
    [Id(0)] public List<WarehouseView> Warehouses { get; set; } = [];
}
