namespace OrderActors.GrainInterfaces.Catalog;

/// <summary>A sellable SKU; the unit weight prices the parcel (first and additional kilogram).</summary>
[GenerateSerializer, Immutable, Alias("oa.SkuView")]
public sealed record SkuView(
    [property: Id(0)] string Sku,
    [property: Id(1)] string Name,
    [property: Id(2)] DateTimeOffset DefinedAt,
    [property: Id(3)] int WeightGrams = SkuView.DefaultWeightGrams)
{
    public const int DefaultWeightGrams = 500;
}
