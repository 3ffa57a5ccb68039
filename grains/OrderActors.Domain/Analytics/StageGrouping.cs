namespace OrderActors.Domain.Analytics;

/// <summary>What the step figures are broken down by, besides the totals.</summary>
public enum StageGrouping
{
    None = 0,
    Warehouse = 1,
    Carrier = 2,
}
