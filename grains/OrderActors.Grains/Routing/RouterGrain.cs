using Orleans.Concurrency;
using System.Collections.Immutable;
using OrderActors.Domain.Routing;
using OrderActors.GrainInterfaces;
using OrderActors.GrainInterfaces.Catalog;
using OrderActors.GrainInterfaces.Inventory;
using OrderActors.GrainInterfaces.Keys;
using OrderActors.GrainInterfaces.Routing;

namespace OrderActors.Grains.Routing;

/// <summary>
/// The first router: warehouses in the destination province first, then the others, taking the
/// first whose stock cells reserve every line. The stock cell is the authority on availability,
/// so the router asks it by reserving, and gives back what it took from a warehouse it passes over.
/// </summary>
[StatelessWorker]
internal sealed class RouterGrain(TimeProvider time) : Grain, IRouterGrain
{
    private static readonly TimeSpan WarehouseCacheTtl = TimeSpan.FromSeconds(5);

    private ImmutableArray<WarehouseView> _warehouses = [];
    private DateTimeOffset _warehousesFetchedAt = DateTimeOffset.MinValue;

    async Task<AllocationResult> IRouterGrain.Allocate(AllocationRequest request)
    {
        var needs = request.Lines
            .GroupBy(l => l.Sku, StringComparer.Ordinal)
            .Select(g => (Sku: g.Key, Quantity: g.Sum(l => l.Quantity)))
            .ToArray();
        var sites = (await Warehouses()).Select(w => new WarehouseSite(w.Code, w.ProvinceCode, w.Active));
        var attempts = ImmutableArray.CreateBuilder<AllocationAttempt>();
        foreach (var site in WarehouseRanking.Rank(request.DestinationProvinceCode, sites))
        {
            var sameProvince = site.ProvinceCode == request.DestinationProvinceCode;
            var refusal = await TryReserveAll(request.OrderId, site.Code, needs);
            attempts.Add(new AllocationAttempt(site.Code, sameProvince, refusal));
            if (refusal is null)
            {
                return new AllocationResult(site.Code, attempts.ToImmutable());
            }
        }

        return new AllocationResult(null, attempts.ToImmutable());
    }

    private async Task<string?> TryReserveAll(string orderId, string warehouse, (string Sku, int Quantity)[] needs)
    {
        var results = await Task.WhenAll(needs.Select(n => Cell(n.Sku, warehouse).Reserve(orderId, n.Quantity)));
        var refused = results.FirstOrDefault(r => !r.Succeeded);
        if (refused is null)
        {
            return null;
        }

        await Task.WhenAll(results.Where(r => r.Succeeded).Select(r => Cell(r.Cell.Sku, warehouse).Release(orderId)));
        return $"{refused.Cell.Sku}: {refused.Detail}";
    }

    private IStockCellGrain Cell(string sku, string warehouse) =>
        GrainFactory.GetGrain<IStockCellGrain>(new StockCellKey(sku, warehouse).ToString());

    private async Task<ImmutableArray<WarehouseView>> Warehouses()
    {
        var now = time.GetUtcNow();
        if (now - _warehousesFetchedAt > WarehouseCacheTtl)
        {
            _warehouses = await GrainFactory.GetGrain<IWarehouseDirectoryGrain>(OrleansNames.WarehouseDirectoryKey).List();
            _warehousesFetchedAt = now;
        }

        return _warehouses;
    }
}
