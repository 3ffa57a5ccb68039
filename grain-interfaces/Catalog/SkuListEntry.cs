namespace OrderActors.GrainInterfaces.Catalog;

/// <summary>A row of the SKU list; <see cref="Name"/> is null until the SKU's grain has written it there.</summary>
[GenerateSerializer, Immutable, Alias("oa.SkuListEntry")]
public sealed record SkuListEntry([property: Id(0)] string Sku, [property: Id(1)] string? Name, [property: Id(2)] DateTimeOffset DefinedAt);
