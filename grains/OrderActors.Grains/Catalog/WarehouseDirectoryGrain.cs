using Orleans.Concurrency;
using System.Collections.Immutable;
using OrderActors.Domain.Geography;
using OrderActors.GrainInterfaces;
using OrderActors.GrainInterfaces.Catalog;
using OrderActors.GrainInterfaces.Keys;

namespace OrderActors.Grains.Catalog;

internal sealed class WarehouseDirectoryGrain(
    [PersistentState("warehouses", OrleansNames.GrainStorage)] IPersistentState<WarehouseDirectoryState> state) : Grain, IWarehouseDirectoryGrain
{
    async Task<WarehouseUpsertResult> IWarehouseDirectoryGrain.Upsert(WarehouseDefinition warehouse)
    {
        if (!Codes.IsValidWarehouse(warehouse.Code))
        {
            return new(null, $"Warehouse code must be 1-{Codes.MaxWarehouseLength} letters, digits, '-' or '_'.");
        }

        if (string.IsNullOrWhiteSpace(warehouse.Name) || string.IsNullOrWhiteSpace(warehouse.City))
        {
            return new(null, "Warehouse name and city are required.");
        }

        if (!Provinces.TryResolve(warehouse.Province, out var province))
        {
            return new(null, $"Province '{warehouse.Province}' is not a mainland China province (GB/T 2260 code, Chinese or pinyin name).");
        }

        var view = new WarehouseView(warehouse.Code, warehouse.Name.Trim(), province.Code, province.Name, warehouse.City.Trim(), warehouse.Active);
        var before = state.State.Warehouses;
        if (before.Contains(view))
        {
            return new(view, null);
        }

        // Change a copy: if the write fails, memory must still match what is stored.
        state.State.Warehouses = [.. before.Where(w => w.Code != view.Code), view];
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            state.State.Warehouses = before;
            throw;
        }

        return new(view, null);
    }

    // ReadOnly: a read of in-memory state; routers call it often and need not queue behind writes.
    [ReadOnly]
    Task<ImmutableArray<WarehouseView>> IWarehouseDirectoryGrain.List() =>
        Task.FromResult(state.State.Warehouses.OrderBy(w => w.Code, StringComparer.Ordinal).ToImmutableArray());
}
