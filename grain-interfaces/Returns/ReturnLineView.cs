namespace OrderActors.GrainInterfaces.Returns;

/// <summary>One SKU of a return: units returned, and after QC how many passed and failed.</summary>
[GenerateSerializer, Immutable, Alias("oa.ReturnLineView")]
public sealed record ReturnLineView([property: Id(0)] string Sku, [property: Id(1)] int Quantity, [property: Id(2)] int Passed, [property: Id(3)] int Failed);
