namespace OrderActors.Domain.Returns;

/// <summary>Units of one SKU: shipped on an order, claimed by a return, or asked for.</summary>
public readonly record struct ReturnUnits(string Sku, int Quantity);
