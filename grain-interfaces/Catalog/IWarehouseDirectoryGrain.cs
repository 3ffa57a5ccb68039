using System.Collections.Immutable;

namespace OrderActors.GrainInterfaces.Catalog;

/// <summary>All warehouses of the seller (tens, not thousands), keyed <see cref="OrleansNames.WarehouseDirectoryKey"/>.</summary>
public interface IWarehouseDirectoryGrain : IGrainWithStringKey
{
    Task<WarehouseUpsertResult> Upsert(WarehouseDefinition warehouse);

    Task<ImmutableArray<WarehouseView>> List();
}
