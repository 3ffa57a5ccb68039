namespace OrderActors.Domain.Channels.Import;

/// <summary>One order line from an import file, with the physical line it came from.</summary>
public sealed record CsvOrderLine(int Line, string Sku, int Quantity, long UnitPriceFen);
