namespace OrderActors.GrainInterfaces.Returns;

/// <summary>Units of one SKU of the order to take back.</summary>
[GenerateSerializer, Immutable, Alias("oa.ReturnLine")]
public sealed record ReturnLine([property: Id(0)] string Sku, [property: Id(1)] int Quantity);
