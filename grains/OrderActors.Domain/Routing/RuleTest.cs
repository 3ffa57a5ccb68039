namespace OrderActors.Domain.Routing;

/// <summary>One order routed under the active and under the draft rules.</summary>
public sealed record OrderComparison(RoutingDecision Active, RoutingDecision Draft)
{
    public string OrderId => Active.OrderId;

    public static string Warehouses(RoutingDecision decision) =>
        decision.Plan is null ? "(unservable)" : string.Join("+", decision.Plan.Packages.Select(p => p.Warehouse));

    public bool Changed => Warehouses(Active) != Warehouses(Draft);

    public bool BecomesUnservable => Active.Servable && !Draft.Servable;
}

/// <summary>Totals of a rule test: what activating the draft would change.</summary>
public sealed record RuleTestSummary(
    int Orders,
    int Changed,
    int BecomeUnservable,
    int BecomeServable,
    long ActiveCostFen,
    long DraftCostFen,
    double ActiveAverageDays,
    double DraftAverageDays);

/// <summary>
/// Routes the same orders against the same stock snapshot under two rule sets, without reserving
/// anything, so an operator sees what a draft would change before it goes live.
/// </summary>
public static class RuleTest
{
    public static (IReadOnlyList<OrderComparison> Orders, RuleTestSummary Summary) Run(
        IReadOnlyList<RoutingRequest> requests, RuleSet active, RuleSet draft, IReadOnlyList<WarehouseProfile> warehouses, Func<string, string, CellAvailability> stock)
    {
        var comparisons = requests
            .Select(r => new OrderComparison(RoutingEngine.Decide(r, active, warehouses, stock), RoutingEngine.Decide(r, draft, warehouses, stock)))
            .ToList();
        var summary = new RuleTestSummary(
            comparisons.Count,
            comparisons.Count(c => c.Changed),
            comparisons.Count(c => c.BecomesUnservable),
            comparisons.Count(c => !c.Active.Servable && c.Draft.Servable),
            comparisons.Sum(c => c.Active.Plan?.TotalCostFen ?? 0),
            comparisons.Sum(c => c.Draft.Plan?.TotalCostFen ?? 0),
            AverageDays(comparisons.Select(c => c.Active)),
            AverageDays(comparisons.Select(c => c.Draft)));
        return (comparisons, summary);
    }

    private static double AverageDays(IEnumerable<RoutingDecision> decisions)
    {
        var days = decisions.Where(d => d.Plan is not null).Select(d => d.Plan!.Days).ToList();
        return days.Count == 0 ? 0 : Math.Round(days.Average(), 2);
    }
}
