namespace OrderActors.GrainInterfaces.Inventory;

/// <summary>The answer of a stock cell; <see cref="Reason"/> is a code such as InsufficientStock when refused.</summary>
[GenerateSerializer, Immutable, Alias("oa.StockResult")]
public sealed record StockResult(
    [property: Id(0)] StockChange Change,
    [property: Id(1)] string? Reason,
    [property: Id(2)] string? Detail,
    [property: Id(3)] StockCellView Cell)
{
    public bool Succeeded => Change != StockChange.Refused;
}
