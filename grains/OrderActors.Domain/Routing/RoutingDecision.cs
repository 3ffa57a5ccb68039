namespace OrderActors.Domain.Routing;

/// <summary>How one warehouse looked to the router for one order, and why it was or was not usable.</summary>
/// <param name="Exclusions">Why the warehouse as a whole was filtered out (inactive, outside the service area).</param>
/// <param name="Shortfalls">Per SKU, why this warehouse cannot ship it (short, frozen, safety stock).</param>
/// <param name="Scores">The value of each criterion (lower is better), in rule order.</param>
public sealed record CandidateEvaluation(
    string Warehouse,
    IReadOnlyList<string> Exclusions,
    IReadOnlyDictionary<string, string> Shortfalls,
    IReadOnlyDictionary<string, int> AvailableBySku,
    long CostFen,
    int Days,
    IReadOnlyList<CriterionScore> Scores)
{
    public bool Eligible => Exclusions.Count == 0;

    public bool CanServeAll => Eligible && Shortfalls.Count == 0;
}

public sealed record CriterionScore(RoutingCriterion Criterion, long Value);

/// <summary>Units the order takes from <paramref name="FromWarehouse"/> to ship them from another warehouse (调拨).</summary>
public sealed record TransferLeg(string Sku, int Quantity, string FromWarehouse);

/// <summary>One parcel: the warehouse it ships from and what is in it.</summary>
public sealed record Package(string Warehouse, IReadOnlyList<RoutingLine> Lines, long CostFen, int Days, IReadOnlyList<TransferLeg> Transfers);

public enum PlanKind
{
    SingleWarehouse = 0,
    Split = 1,
    Transfer = 2,
}

/// <summary>The chosen way to ship the order.</summary>
public sealed record RoutingPlan(PlanKind Kind, IReadOnlyList<Package> Packages)
{
    public long TotalCostFen => Packages.Sum(p => p.CostFen);

    public int Days => Packages.Max(p => p.Days);

    /// <summary>Where stock must be reserved: the shipping warehouse, or the transfer's source.</summary>
    public IEnumerable<(string Warehouse, string Sku, int Quantity)> Reservations =>
        Packages.SelectMany(p =>
            p.Lines.Where(l => p.Transfers.All(t => t.Sku != l.Sku)).Select(l => (p.Warehouse, l.Sku, l.Quantity))
                .Concat(p.Transfers.Select(t => (t.FromWarehouse, t.Sku, t.Quantity))));
}

/// <summary>Everything the router saw and chose for one order: the answer to "why did it go there".</summary>
public sealed record RoutingDecision(
    string OrderId,
    int RuleVersion,
    bool NetworkWide,
    Destination Destination,
    IReadOnlyList<RoutingLine> Lines,
    IReadOnlyList<RoutingCriterion> Criteria,
    IReadOnlyList<CandidateEvaluation> Candidates,
    RoutingPlan? Plan,
    string? Unservable)
{
    public bool Servable => Plan is not null;
}
