namespace OrderActors.GrainInterfaces.Orders;

/// <summary>One line of an order: a SKU, how many, and the unit price in fen (1/100 yuan).</summary>
[GenerateSerializer, Immutable, Alias("oa.OrderLine")]
public sealed record OrderLine([property: Id(0)] string Sku, [property: Id(1)] int Quantity, [property: Id(2)] long UnitPriceFen);
