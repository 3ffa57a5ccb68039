namespace OrderActors.Grains.Catalog;

[GenerateSerializer, Alias("oa.state.Sku")]
internal sealed class SkuState
{
    [Id(0)] public string? Name { get; set; }

    [Id(1)] public DateTimeOffset DefinedAt { get; set; }

    [Id(2)] public int WeightGrams { get; set; }
}
