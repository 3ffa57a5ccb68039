namespace OrderActors.GrainInterfaces.Returns;

/// <summary>The QC verdict for one SKU of a return: passed units go back to sellable stock, failed ones to damaged stock.</summary>
[GenerateSerializer, Immutable, Alias("oa.QcLine")]
public sealed record QcLine([property: Id(0)] string Sku, [property: Id(1)] int Passed, [property: Id(2)] int Failed);
