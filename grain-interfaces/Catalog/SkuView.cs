namespace OrderActors.GrainInterfaces.Catalog;

[GenerateSerializer, Immutable, Alias("oa.SkuView")]
public sealed record SkuView([property: Id(0)] string Sku, [property: Id(1)] string Name, [property: Id(2)] DateTimeOffset DefinedAt);
