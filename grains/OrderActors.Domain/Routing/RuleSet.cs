namespace OrderActors.Domain.Routing;

/// <summary>
/// The routing rules as data, versioned: criteria in order, hard filters, limits, and the service
/// area of each warehouse. A warehouse without an entry in <see cref="ServiceAreas"/> serves the
/// whole country; one with an entry serves only the listed province and city codes.
/// </summary>
public sealed record RuleSet(
    int Version,
    IReadOnlyList<RoutingCriterion> Criteria,
    bool ServiceAreaFilter,
    bool FrozenCellFilter,
    int MaxPackages,
    bool AllowTransfer,
    int TransferDays,
    IReadOnlyDictionary<string, IReadOnlySet<string>> ServiceAreas)
{
    public const int MaxPackagesLimit = 5;

    /// <summary>The rule set a new installation starts with (version 1).</summary>
    public static RuleSet Default { get; } = new(
        1,
        [RoutingCriterion.SameCity, RoutingCriterion.SameProvince, RoutingCriterion.NextDay, RoutingCriterion.LowestCost,
         RoutingCriterion.FastestDelivery, RoutingCriterion.Nearest, RoutingCriterion.MostStock, RoutingCriterion.WarehousePriority],
        ServiceAreaFilter: true,
        FrozenCellFilter: true,
        MaxPackages: 2,
        AllowTransfer: false,
        TransferDays: 2,
        ServiceAreas: new Dictionary<string, IReadOnlySet<string>>());

    public bool Serves(string warehouse, Destination destination) =>
        !ServiceAreas.TryGetValue(warehouse, out var area) || destination.IsIn(area);

    /// <summary>What is wrong with this rule set, or an empty list.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Criteria.Count == 0)
        {
            problems.Add("criteria: list at least one criterion.");
        }

        if (Criteria.Distinct().Count() != Criteria.Count)
        {
            problems.Add("criteria: each criterion may appear once.");
        }

        if (Criteria.Any(c => !Enum.IsDefined(c)))
        {
            problems.Add("criteria: unknown criterion.");
        }

        if (MaxPackages is < 1 or > MaxPackagesLimit)
        {
            problems.Add($"maxPackages: between 1 and {MaxPackagesLimit}.");
        }

        if (TransferDays is < 0 or > 30)
        {
            problems.Add("transferDays: between 0 and 30.");
        }

        foreach (var (warehouse, area) in ServiceAreas)
        {
            if (area.Count == 0)
            {
                problems.Add($"serviceAreas.{warehouse}: an empty area serves nobody; remove the entry to serve the whole country.");
            }
        }

        return problems;
    }
}
