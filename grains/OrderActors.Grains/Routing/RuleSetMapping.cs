using System.Collections.Immutable;
using OrderActors.Domain.Routing;
using OrderActors.GrainInterfaces.Catalog;
using OrderActors.GrainInterfaces.Routing;

namespace OrderActors.Grains.Routing;

/// <summary>Between the contract's rule and warehouse records and the domain's routing types.</summary>
internal static class RuleSetMapping
{
    private static readonly ShippingRate FallbackRate = new(1200, 600);

    public static RuleSet ToDomain(this RoutingRules rules) => new(
        rules.Version,
        [.. rules.Criteria.Select(Enum.Parse<RoutingCriterion>)],
        rules.ServiceAreaFilter,
        rules.FrozenCellFilter,
        rules.MaxPackages,
        rules.AllowTransfer,
        rules.TransferDays,
        rules.ServiceAreas.ToDictionary(a => a.Key, a => (IReadOnlySet<string>)a.Value.ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal));

    /// <summary>
    /// Checks a draft and resolves its service areas to codes. Returns the rule set (with
    /// <paramref name="version"/>) or the problems, each naming the field.
    /// </summary>
    public static (RoutingRules? Rules, ImmutableArray<string> Problems) Resolve(
        RoutingRulesDraft draft, int version, IReadOnlySet<string> warehouseCodes, DateTimeOffset at, string actor)
    {
        var problems = new List<string>();
        var criteria = new List<RoutingCriterion>();
        foreach (var name in draft.Criteria.IsDefault ? [] : draft.Criteria)
        {
            if (Enum.TryParse<RoutingCriterion>(name, ignoreCase: true, out var c) && Enum.IsDefined(c) && !int.TryParse(name, out _))
            {
                criteria.Add(c);
            }
            else
            {
                problems.Add($"criteria: '{name}' is not a criterion ({string.Join(", ", Enum.GetNames<RoutingCriterion>())}).");
            }
        }

        var areas = new Dictionary<string, ImmutableArray<string>>(StringComparer.Ordinal);
        foreach (var (warehouse, places) in draft.ServiceAreas ?? ImmutableDictionary<string, ImmutableArray<string>>.Empty)
        {
            if (!warehouseCodes.Contains(warehouse))
            {
                problems.Add($"serviceAreas.{warehouse}: unknown warehouse.");
                continue;
            }

            var codes = new List<string>();
            foreach (var place in places.IsDefault ? [] : places)
            {
                if (RegionCodes.TryResolve(place, out var code))
                {
                    codes.Add(code);
                }
                else
                {
                    problems.Add($"serviceAreas.{warehouse}: '{place}' is not a province or city.");
                }
            }

            areas[warehouse] = [.. codes.Distinct(StringComparer.Ordinal)];
        }

        var rules = new RoutingRules(
            version, [.. criteria.Select(c => c.ToString())], draft.ServiceAreaFilter, draft.FrozenCellFilter, draft.MaxPackages,
            draft.AllowTransfer, draft.TransferDays, areas.ToImmutableDictionary(StringComparer.Ordinal), at, actor, draft.Note);
        if (problems.Count == 0)
        {
            problems.AddRange(rules.ToDomain().Problems());
        }

        return problems.Count == 0 ? (rules, []) : (null, [.. problems]);
    }

    public static RoutingRules ToContract(this RuleSet rules, DateTimeOffset at, string actor, string? note) => new(
        rules.Version, [.. rules.Criteria.Select(c => c.ToString())], rules.ServiceAreaFilter, rules.FrozenCellFilter, rules.MaxPackages,
        rules.AllowTransfer, rules.TransferDays,
        rules.ServiceAreas.ToImmutableDictionary(a => a.Key, a => a.Value.Order(StringComparer.Ordinal).ToImmutableArray(), StringComparer.Ordinal),
        at, actor, note);

    public static WarehouseProfile ToProfile(this WarehouseView w) => new(
        w.Code,
        w.ProvinceCode,
        w.CityCode,
        w.Active,
        w.Priority,
        (w.Rates.IsDefault ? [] : w.Rates).ToDictionary(r => r.Province, r => new ShippingRate(r.FirstWeightFen, r.AdditionalWeightFen), StringComparer.Ordinal),
        w.DefaultRate is { } d ? new ShippingRate(d.FirstWeightFen, d.AdditionalWeightFen) : FallbackRate,
        (w.DeliveryDays.IsDefault ? [] : w.DeliveryDays).ToDictionary(r => r.Province, r => r.Days, StringComparer.Ordinal),
        w.DefaultDeliveryDays,
        (w.NextDayArea.IsDefault ? [w.ProvinceCode] : w.NextDayArea).ToHashSet(StringComparer.Ordinal));
}
