using Microsoft.Extensions.DependencyInjection;
using Orleans.Concurrency;
using OrderActors.GrainInterfaces;
using OrderActors.GrainInterfaces.Catalog;
using OrderActors.GrainInterfaces.Inventory;
using OrderActors.GrainInterfaces.Keys;
using OrderActors.GrainInterfaces.Pool;

namespace OrderActors.Grains.Pool;

/// <summary>
/// The global pool of one SKU, in memory only: on activation it asks the SKU's cell in every
/// warehouse, then the cells report their changes. Nothing to persist: the cells are the authority.
/// </summary>
internal sealed class InventoryPoolGrain([FromKeyedServices(OrderActorsTime.Key)] TimeProvider time) : Grain, IInventoryPoolGrain
{
    private readonly Dictionary<string, PoolCell> _cells = new(StringComparer.Ordinal);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var sku = this.GetPrimaryKeyString();
        var warehouses = await GrainFactory.GetGrain<IWarehouseDirectoryGrain>(OrleansNames.WarehouseDirectoryKey).List();
        var cells = await Task.WhenAll(warehouses.Select(w =>
            GrainFactory.GetGrain<IStockCellGrain>(new StockCellKey(sku, w.Code).ToString()).Get()));
        foreach (var c in cells)
        {
            // Sequence -1: whatever the cell reports next is newer than this first look.
            _cells[c.Warehouse] = new PoolCell(c.Warehouse, c.OnHand, c.Reserved, c.SafetyStock, c.Available, c.Frozen, time.GetUtcNow(), -1);
        }
    }

    // ReadOnly: a read of memory; reads do not queue behind each other.
    [ReadOnly]
    Task<PoolView> IInventoryPoolGrain.Get() =>
        Task.FromResult(new PoolView(this.GetPrimaryKeyString(), [.. _cells.Values.OrderBy(c => c.Warehouse, StringComparer.Ordinal)]));

    async Task<PoolView?> IInventoryPoolGrain.ServingRegion(string region)
    {
        if (!Routing.RegionCodes.TryResolve(region, out var code))
        {
            return null;
        }

        var rules = Routing.RuleSetMapping.ToDomain(await GrainFactory.GetGrain<GrainInterfaces.Routing.IRoutingRulesGrain>(OrleansNames.RoutingRulesKey).GetActive());
        var destination = code.EndsWith("0000", StringComparison.Ordinal)
            ? new Domain.Routing.Destination(code, null)
            : new Domain.Routing.Destination(code[..2] + "0000", code);
        return new PoolView(this.GetPrimaryKeyString(), [.. _cells.Values
            .Where(c => !rules.ServiceAreaFilter || rules.Serves(c.Warehouse, destination))
            .OrderBy(c => c.Warehouse, StringComparer.Ordinal)]);
    }

    Task IInventoryPoolGrain.Report(PoolCell cell)
    {
        if (!_cells.TryGetValue(cell.Warehouse, out var known) || known.Sequence <= cell.Sequence)
        {
            _cells[cell.Warehouse] = cell;
        }

        return Task.CompletedTask;
    }
}
