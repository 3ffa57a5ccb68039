using System.Collections.Immutable;
using OrderActors.Domain.Routing;
using OrderActors.GrainInterfaces.Routing;

namespace OrderActors.Grains.Routing;

/// <summary>Domain routing results as the contract carries and the decision log stores them.</summary>
internal static class DecisionViews
{
    public static RoutingDecisionView ToView(this RoutingDecision d, DateTimeOffset at, string outcome) => new(
        d.OrderId,
        at,
        d.RuleVersion,
        d.NetworkWide,
        outcome,
        d.Destination.ProvinceCode,
        d.Destination.CityCode,
        [.. d.Lines.Select(ToView)],
        [.. d.Criteria.Select(c => c.ToString())],
        [.. d.Candidates.Select(c => new CandidateView(
            c.Warehouse,
            d.Plan?.Packages.Any(p => p.Warehouse == c.Warehouse) == true,
            [.. c.Exclusions],
            c.Shortfalls.ToImmutableDictionary(),
            c.AvailableBySku.ToImmutableDictionary(),
            c.CostFen,
            c.Days,
            [.. c.Scores.Select(s => new CriterionScoreView(s.Criterion.ToString(), s.Value))]))],
        d.Plan is null ? [] : [.. d.Plan.Packages.Select(ToView)],
        d.Unservable);

    public static PackageView ToView(this Package p) =>
        new(p.Warehouse, [.. p.Lines.Select(ToView)], p.CostFen, p.Days, [.. p.Transfers.Select(t => new TransferView(t.Sku, t.Quantity, t.FromWarehouse))]);

    public static RoutingLineView ToView(this RoutingLine l) => new(l.Sku, l.Quantity, l.UnitWeightGrams);
}
