using OrderActors.Domain.Geography;

namespace OrderActors.Domain.Routing;

/// <summary>
/// Chooses where an order ships from. Pure: the same request, rules, warehouses and stock snapshot
/// always give the same decision, which is what makes rule testing before go-live honest.
/// </summary>
/// <remarks>
/// Order of preference: one warehouse that can ship everything (ranked by the rule set's criteria,
/// compared one after another); else a split over the fewest warehouses, cheapest first, up to the
/// rule set's package limit; else, when the rules allow, one warehouse ships everything after
/// transfers from others. Otherwise the order is unservable, with the reasons per warehouse.
/// </remarks>
public static class RoutingEngine
{
    // Splits look at the best few warehouses only: combinations grow fast and the tail never wins.
    private const int SplitCandidates = 10;
    private const int NetworkWideMinPackages = 3;

    public static RoutingDecision Decide(
        RoutingRequest request, RuleSet rules, IReadOnlyList<WarehouseProfile> warehouses, Func<string, string, CellAvailability> stock)
    {
        var criteria = request.NetworkWide ? NetworkWideCriteria(rules.Criteria) : rules.Criteria;
        var maxPackages = request.NetworkWide ? Math.Max(rules.MaxPackages, NetworkWideMinPackages) : rules.MaxPackages;
        var candidates = warehouses
            .Select(w => Evaluate(request, rules, w, stock, criteria))
            .ToList();
        var ranked = candidates.Where(c => c.Eligible).OrderBy(c => c, new ByCriteria()).ToList();
        var byCode = warehouses.ToDictionary(w => w.Code, StringComparer.Ordinal);

        var plan = Single(ranked, byCode, request)
            ?? Split(ranked, byCode, request, maxPackages)
            ?? (rules.AllowTransfer ? Transfer(ranked, candidates, byCode, request, rules) : null);

        return new RoutingDecision(
            request.OrderId, rules.Version, request.NetworkWide, request.Destination, request.Lines, criteria,
            candidates, plan, plan is null ? Unservable(candidates, rules, maxPackages) : null);
    }

    /// <summary>Network-wide mode trades cost for fill rate: cost is compared last.</summary>
    public static IReadOnlyList<RoutingCriterion> NetworkWideCriteria(IReadOnlyList<RoutingCriterion> criteria) =>
        [.. criteria.Where(c => c != RoutingCriterion.LowestCost), RoutingCriterion.LowestCost];

    private static CandidateEvaluation Evaluate(
        RoutingRequest request, RuleSet rules, WarehouseProfile warehouse, Func<string, string, CellAvailability> stock, IReadOnlyList<RoutingCriterion> criteria)
    {
        var destination = request.Destination;
        var exclusions = new List<string>();
        if (!warehouse.Active)
        {
            exclusions.Add("inactive");
        }

        if (rules.ServiceAreaFilter && !request.NetworkWide && !rules.Serves(warehouse.Code, destination))
        {
            exclusions.Add($"destination {destination.CityCode ?? destination.ProvinceCode} is outside its service area");
        }

        var available = new Dictionary<string, int>(StringComparer.Ordinal);
        var shortfalls = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in request.Lines)
        {
            var cell = stock(warehouse.Code, line.Sku);
            available[line.Sku] = cell.Available;
            var shortfall = Shortfall(line, cell, rules.FrozenCellFilter);
            if (shortfall is not null)
            {
                shortfalls[line.Sku] = shortfall;
            }
        }

        var cost = PackageCost(warehouse, destination, request.Lines);
        var days = warehouse.DaysTo(destination);
        var scores = criteria.Select(c => new CriterionScore(c, c switch
        {
            RoutingCriterion.SameCity => destination.CityCode is not null && warehouse.CityCode == destination.CityCode ? 0 : 1,
            RoutingCriterion.SameProvince => warehouse.ProvinceCode == destination.ProvinceCode ? 0 : 1,
            RoutingCriterion.NextDay => warehouse.NextDayTo(destination) ? 0 : 1,
            RoutingCriterion.LowestCost => cost,
            RoutingCriterion.FastestDelivery => days,
            RoutingCriterion.MostStock => -available.Values.Sum(v => (long)v),
            RoutingCriterion.WarehousePriority => warehouse.Priority,
            RoutingCriterion.Nearest => DistanceKm(warehouse, destination),
            _ => 0,
        })).ToList();

        return new CandidateEvaluation(warehouse.Code, exclusions, shortfalls, available, cost, days, scores);
    }

    /// <summary>City to city; a place known only by its province counts from the provincial capital.</summary>
    private static long DistanceKm(WarehouseProfile warehouse, Destination destination)
    {
        var from = Regions.Locate(warehouse.CityCode, warehouse.ProvinceCode);
        var to = Regions.Locate(destination.CityCode, destination.ProvinceCode);
        return from is null || to is null ? long.MaxValue / 2 : (long)Math.Round(Regions.DistanceKm(from, to));
    }

    private static string? Shortfall(RoutingLine line, CellAvailability cell, bool frozenFilter)
    {
        if (frozenFilter && cell.Frozen)
        {
            return "stock cell frozen";
        }

        if (cell.Available >= line.Quantity)
        {
            return null;
        }

        return cell.FreeIgnoringSafetyStock >= line.Quantity
            ? $"{line.Quantity} needed would go below safety stock {cell.SafetyStock} ({cell.Available} available)"
            : $"{line.Quantity} needed, {cell.Available} available";
    }

    private static RoutingPlan? Single(List<CandidateEvaluation> ranked, Dictionary<string, WarehouseProfile> byCode, RoutingRequest request)
    {
        var best = ranked.FirstOrDefault(c => c.CanServeAll);
        return best is null
            ? null
            : new RoutingPlan(PlanKind.SingleWarehouse, [MakePackage(byCode[best.Warehouse], request, request.Lines, [])]);
    }

    private static RoutingPlan? Split(List<CandidateEvaluation> ranked, Dictionary<string, WarehouseProfile> byCode, RoutingRequest request, int maxPackages)
    {
        var pool = ranked.Where(c => c.Shortfalls.Count < request.Lines.Count).Take(SplitCandidates).ToList();
        for (var k = 2; k <= Math.Min(maxPackages, request.Lines.Count); k++)
        {
            RoutingPlan? cheapest = null;
            foreach (var combination in Combinations(pool, k))
            {
                var assignment = new Dictionary<string, List<RoutingLine>>(StringComparer.Ordinal);
                var complete = true;
                foreach (var line in request.Lines)
                {
                    // The best-ranked warehouse of the combination that has the line takes it.
                    var taker = combination.FirstOrDefault(c => !c.Shortfalls.ContainsKey(line.Sku));
                    if (taker is null)
                    {
                        complete = false;
                        break;
                    }

                    (assignment.TryGetValue(taker.Warehouse, out var lines) ? lines : assignment[taker.Warehouse] = []).Add(line);
                }

                if (!complete || assignment.Count != k)
                {
                    continue;
                }

                var plan = new RoutingPlan(PlanKind.Split, [.. combination
                    .Where(c => assignment.ContainsKey(c.Warehouse))
                    .Select(c => MakePackage(byCode[c.Warehouse], request, assignment[c.Warehouse], []))]);
                if (cheapest is null || plan.TotalCostFen < cheapest.TotalCostFen)
                {
                    cheapest = plan;
                }
            }

            if (cheapest is not null)
            {
                return cheapest;
            }
        }

        return null;
    }

    private static RoutingPlan? Transfer(
        List<CandidateEvaluation> ranked, List<CandidateEvaluation> all, Dictionary<string, WarehouseProfile> byCode, RoutingRequest request, RuleSet rules)
    {
        var dispatch = ranked.FirstOrDefault();
        if (dispatch is null)
        {
            return null;
        }

        var origin = byCode[dispatch.Warehouse];
        var legs = new List<TransferLeg>();
        foreach (var line in request.Lines.Where(l => dispatch.Shortfalls.ContainsKey(l.Sku)))
        {
            // A source may be outside the destination's service area: it ships to the warehouse, not the customer.
            var source = all
                .Where(c => c.Warehouse != dispatch.Warehouse && byCode[c.Warehouse].Active && !c.Shortfalls.ContainsKey(line.Sku))
                .OrderBy(c => byCode[c.Warehouse].ProvinceCode == origin.ProvinceCode ? 0 : 1)
                .ThenBy(c => byCode[c.Warehouse].Priority)
                .ThenBy(c => c.Warehouse, StringComparer.Ordinal)
                .FirstOrDefault();
            if (source is null)
            {
                return null;
            }

            legs.Add(new TransferLeg(line.Sku, line.Quantity, source.Warehouse));
        }

        var package = MakePackage(origin, request, request.Lines, legs);
        return new RoutingPlan(PlanKind.Transfer, [package with { Days = package.Days + rules.TransferDays }]);
    }

    private static Package MakePackage(WarehouseProfile warehouse, RoutingRequest request, IReadOnlyList<RoutingLine> lines, IReadOnlyList<TransferLeg> transfers) =>
        new(warehouse.Code, lines, PackageCost(warehouse, request.Destination, lines), warehouse.DaysTo(request.Destination), transfers);

    private static long PackageCost(WarehouseProfile warehouse, Destination destination, IEnumerable<RoutingLine> lines) =>
        warehouse.RateTo(destination).CostFen(lines.Sum(l => l.Quantity * l.UnitWeightGrams));

    private static string Unservable(List<CandidateEvaluation> candidates, RuleSet rules, int maxPackages)
    {
        if (candidates.Count == 0)
        {
            return "No warehouses are defined.";
        }

        var reasons = candidates.Select(c => c.Eligible
            ? $"{c.Warehouse}: {string.Join(", ", c.Shortfalls.Select(s => $"{s.Key} {s.Value}"))}"
            : $"{c.Warehouse}: {string.Join(", ", c.Exclusions)}");
        var limits = $"no single warehouse, no split into at most {maxPackages} packages" + (rules.AllowTransfer ? ", no transfer" : string.Empty);
        return $"Unservable ({limits}). {string.Join("; ", reasons)}.";
    }

    private static IEnumerable<List<CandidateEvaluation>> Combinations(List<CandidateEvaluation> items, int k, int start = 0)
    {
        if (k == 0)
        {
            yield return [];
            yield break;
        }

        for (var i = start; i <= items.Count - k; i++)
        {
            foreach (var rest in Combinations(items, k - 1, i + 1))
            {
                rest.Insert(0, items[i]);
                yield return rest;
            }
        }
    }

    /// <summary>Compares candidates criterion by criterion (lower wins), then by code for a stable order.</summary>
    private sealed class ByCriteria : IComparer<CandidateEvaluation>
    {
        public int Compare(CandidateEvaluation? x, CandidateEvaluation? y)
        {
            for (var i = 0; i < x!.Scores.Count; i++)
            {
                var c = x.Scores[i].Value.CompareTo(y!.Scores[i].Value);
                if (c != 0)
                {
                    return c;
                }
            }

            return string.CompareOrdinal(x.Warehouse, y!.Warehouse);
        }
    }
}
