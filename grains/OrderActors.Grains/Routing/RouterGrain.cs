using Microsoft.Extensions.DependencyInjection;
using System.Collections.Immutable;
using Orleans.Concurrency;
using OrderActors.Domain.Routing;
using OrderActors.GrainInterfaces;
using OrderActors.GrainInterfaces.Catalog;
using OrderActors.GrainInterfaces.Inventory;
using OrderActors.GrainInterfaces.Keys;
using OrderActors.GrainInterfaces.Orders;
using OrderActors.GrainInterfaces.Pool;
using OrderActors.GrainInterfaces.Routing;
using OrderActors.Grains.ReadModel;

namespace OrderActors.Grains.Routing;

/// <summary>
/// Routes with the active rules on the pool's view of stock, then reserves. The pool may be a
/// moment behind; a refused reservation sends the router back to the cells themselves (the
/// authority) and it plans again. Every decision, including the ones it had to retry, is logged
/// durably before it answers.
/// Reentrant: a route spends most of its time waiting (for the stock cells' journal commits and the
/// decision log's), and a stateless worker has at most one activation per core; without interleaving,
/// two routes in flight per silo on two cores capped the whole cluster at ≈ 140 orders/s. The only
/// fields are caches, each replaced or updated within one turn.
/// </summary>
[StatelessWorker]
[Reentrant]
internal sealed class RouterGrain(ReadModelStore readModel, [FromKeyedServices(OrderActorsTime.Key)] TimeProvider time) : Grain, IRouterGrain
{
    private const int Attempts = 3;
    private static readonly TimeSpan CacheTtl = TimeSpan.FromSeconds(5);

    private RoutingContext? _context;
    private readonly Dictionary<string, (int Grams, DateTimeOffset At)> _weights = new(StringComparer.Ordinal);

    async Task<AllocationResult> IRouterGrain.Allocate(AllocationRequest request)
    {
        var started = time.GetTimestamp();
        try
        {
            return await Route(request);
        }
        finally
        {
            OrderActorsMetrics.Routed(time.GetElapsedTime(started));
        }
    }

    private async Task<AllocationResult> Route(AllocationRequest request)
    {
        var context = await Context();
        var lines = await Lines(request.Lines);
        var destination = new Destination(request.DestinationProvinceCode, request.DestinationCityCode);
        var routing = new RoutingRequest(request.OrderId, destination, lines, context.IsNetworkWide(time.GetUtcNow(), request.Channel, lines));
        var stock = await PoolSnapshot(lines.Select(l => l.Sku));

        for (var attempt = 1; ; attempt++)
        {
            var decision = RoutingEngine.Decide(routing, context.Rules, context.Profiles, (w, s) => stock.GetValueOrDefault((w, s), CellAvailability.None));
            if (decision.Plan is null)
            {
                await Log(decision.ToView(time.GetUtcNow(), "Unservable"));
                return new AllocationResult([], [], decision.Unservable);
            }

            var reservations = decision.Plan.Reservations.ToList();
            var results = await Task.WhenAll(reservations.Select(r => Cell(r.Sku, r.Warehouse).Reserve(request.OrderId, r.Quantity)));
            if (results.All(r => r.Succeeded))
            {
                await Log(decision.ToView(time.GetUtcNow(), "Allocated"));
                return new AllocationResult(
                    [.. decision.Plan.Packages.Select(p => p.ToView())],
                    [.. reservations.Select(r => new StockReservationView(r.Warehouse, r.Sku, r.Quantity))],
                    null);
            }

            await Task.WhenAll(results.Where(r => r.Succeeded).Select(r => Cell(r.Cell.Sku, r.Cell.Warehouse).Release(request.OrderId)));
            var refused = results.First(r => !r.Succeeded);
            if (attempt == Attempts)
            {
                var why = $"Stock changed while routing: {refused.Cell.Sku}@{refused.Cell.Warehouse}: {refused.Detail}";
                await Log(decision.ToView(time.GetUtcNow(), "Unservable") with { Unservable = why });
                return new AllocationResult([], [], why);
            }

            await Log(decision.ToView(time.GetUtcNow(), "Retried") with { Unservable = $"{refused.Cell.Sku}@{refused.Cell.Warehouse}: {refused.Detail}" });
            stock = await CellSnapshot(lines.Select(l => l.Sku), context.Warehouses);
        }
    }

    async Task<RuleTestResult> IRouterGrain.Test(RuleTestRequest request)
    {
        var context = await Context(fresh: true);
        var rulesGrain = GrainFactory.GetGrain<IRoutingRulesGrain>(OrleansNames.RoutingRulesKey);
        RoutingRules? draft;
        if (request.DraftVersion is { } version)
        {
            draft = await rulesGrain.Get(version);
            if (draft is null)
            {
                return Problem(context, $"draftVersion: rule version {version} does not exist.");
            }
        }
        else if (request.Draft is not null)
        {
            var (resolved, problems) = RuleSetMapping.Resolve(request.Draft, 0, context.Warehouses.Select(w => w.Code).ToHashSet(StringComparer.Ordinal), time.GetUtcNow(), "rule-test");
            if (resolved is null)
            {
                return new RuleTestResult(context.Rules.Version, [], null, problems);
            }

            draft = resolved;
        }
        else
        {
            return Problem(context, "Give a draft rule set or a draftVersion.");
        }

        var (orders, orderProblems) = await TestOrders(request);
        if (!orderProblems.IsEmpty)
        {
            return new RuleTestResult(context.Rules.Version, [], null, orderProblems);
        }

        var stock = await PoolSnapshot(orders.SelectMany(o => o.Lines.Select(l => l.Sku)).Distinct(StringComparer.Ordinal));
        var (comparisons, summary) = RuleTest.Run(orders, context.Rules, draft.ToDomain(), context.Profiles, (w, s) => stock.GetValueOrDefault((w, s), CellAvailability.None));
        return new RuleTestResult(
            context.Rules.Version,
            [.. comparisons.Select(c => new RuleTestOrderResult(
                c.OrderId,
                OrderComparison.Warehouses(c.Active), c.Active.Plan?.TotalCostFen, c.Active.Plan?.Days,
                OrderComparison.Warehouses(c.Draft), c.Draft.Plan?.TotalCostFen, c.Draft.Plan?.Days,
                c.Changed, c.BecomesUnservable, c.Draft.Unservable))],
            new RuleTestSummaryView(summary.Orders, summary.Changed, summary.BecomeUnservable, summary.BecomeServable,
                summary.ActiveCostFen, summary.DraftCostFen, summary.ActiveAverageDays, summary.DraftAverageDays),
            []);
    }

    private Task Log(RoutingDecisionView decision)
    {
        OrderActorsMetrics.Decision(decision.Outcome);
        return readModel.Log(decision);
    }

    private static RuleTestResult Problem(RoutingContext context, string problem) => new(context.Rules.Version, [], null, [problem]);

    private async Task<(List<RoutingRequest> Orders, ImmutableArray<string> Problems)> TestOrders(RuleTestRequest request)
    {
        var orders = new List<RoutingRequest>();
        var problems = new List<string>();
        if (!request.Orders.IsDefaultOrEmpty)
        {
            foreach (var (o, i) in request.Orders.Select((o, i) => (o, i)))
            {
                if (!RegionCodes.TryResolve(o.Province, out var province))
                {
                    problems.Add($"orders[{i}].province: '{o.Province}' is not a mainland China province.");
                    continue;
                }

                if (o.Lines.IsDefaultOrEmpty || o.Lines.Any(l => l.Quantity <= 0 || !Codes.IsValidSku(l.Sku)))
                {
                    problems.Add($"orders[{i}].lines: at least one line, each with a valid SKU and a positive quantity.");
                    continue;
                }

                orders.Add(new RoutingRequest(o.OrderId ?? $"test-{i + 1}", new Destination(province, null), await Lines(o.Lines), NetworkWide: false));
            }
        }
        else if (request.LastOrders > 0)
        {
            foreach (var d in await readModel.RecentOrders(Math.Min(request.LastOrders, 10_000)))
            {
                orders.Add(new RoutingRequest(d.OrderId, new Destination(d.DestinationProvince, d.DestinationCity),
                    [.. d.Lines.Select(l => new RoutingLine(l.Sku, l.Quantity, l.UnitWeightGrams))], d.NetworkWide));
            }
        }

        if (problems.Count == 0 && orders.Count == 0)
        {
            problems.Add("The order set is empty: give orders, or lastOrders when orders have been routed before.");
        }

        return (orders, [.. problems]);
    }

    private async Task<IReadOnlyList<RoutingLine>> Lines(ImmutableArray<OrderLine> lines)
    {
        var merged = lines.GroupBy(l => l.Sku, StringComparer.Ordinal).Select(g => (Sku: g.Key, Quantity: g.Sum(l => l.Quantity))).ToList();
        var weights = await Task.WhenAll(merged.Select(m => Weight(m.Sku)));
        return [.. merged.Select((m, i) => new RoutingLine(m.Sku, m.Quantity, weights[i]))];
    }

    private async Task<int> Weight(string sku)
    {
        var now = time.GetUtcNow();
        if (_weights.TryGetValue(sku, out var cached) && now - cached.At < TimeSpan.FromMinutes(1))
        {
            return cached.Grams;
        }

        var grams = (await GrainFactory.GetGrain<ISkuGrain>(sku).Get())?.WeightGrams ?? SkuView.DefaultWeightGrams;
        _weights[sku] = (grams, now);
        return grams;
    }

    private async Task<Dictionary<(string, string), CellAvailability>> PoolSnapshot(IEnumerable<string> skus)
    {
        var pools = await Task.WhenAll(skus.Select(s => GrainFactory.GetGrain<IInventoryPoolGrain>(s).Get()));
        return pools.SelectMany(p => p.Cells.Select(c => (Key: (c.Warehouse, p.Sku), Value: new CellAvailability(c.OnHand, c.Reserved, c.SafetyStock, c.Frozen))))
            .ToDictionary(x => x.Key, x => x.Value);
    }

    private async Task<Dictionary<(string, string), CellAvailability>> CellSnapshot(IEnumerable<string> skus, ImmutableArray<WarehouseView> warehouses)
    {
        var keys = skus.SelectMany(s => warehouses.Select(w => (w.Code, Sku: s))).ToList();
        var views = await Task.WhenAll(keys.Select(k => Cell(k.Sku, k.Code).Get()));
        return views.ToDictionary(v => (v.Warehouse, v.Sku), v => new CellAvailability(v.OnHand, v.Reserved, v.SafetyStock, v.Frozen));
    }

    private IStockCellGrain Cell(string sku, string warehouse) =>
        GrainFactory.GetGrain<IStockCellGrain>(new StockCellKey(sku, warehouse).ToString());

    /// <summary>Warehouses, active rules and network-wide windows, cached per activation for a few seconds.</summary>
    private async Task<RoutingContext> Context(bool fresh = false)
    {
        var now = time.GetUtcNow();
        if (fresh || _context is null || now - _context.FetchedAt > CacheTtl)
        {
            var rules = GrainFactory.GetGrain<IRoutingRulesGrain>(OrleansNames.RoutingRulesKey);
            var warehouses = GrainFactory.GetGrain<IWarehouseDirectoryGrain>(OrleansNames.WarehouseDirectoryKey).List();
            var active = rules.GetActive();
            var windows = rules.GetNetworkWide();
            await Task.WhenAll(warehouses, active, windows);
            _context = new RoutingContext(now, await warehouses, [.. (await warehouses).Select(w => w.ToProfile())], (await active).ToDomain(), await windows);
        }

        return _context;
    }

    private sealed record RoutingContext(
        DateTimeOffset FetchedAt, ImmutableArray<WarehouseView> Warehouses, IReadOnlyList<WarehouseProfile> Profiles, RuleSet Rules, ImmutableArray<NetworkWideWindow> Windows)
    {
        public bool IsNetworkWide(DateTimeOffset now, string? channel, IReadOnlyList<RoutingLine> lines) =>
            NetworkWideWindows.AnyOpen(Windows, now, channel, lines.Select(l => l.Sku));
    }
}
