namespace OrderActors.Domain.Returns;

/// <summary>QC verdict for one SKU of a return: how many units passed and how many failed.</summary>
public readonly record struct InspectedUnits(string Sku, int Passed, int Failed);
