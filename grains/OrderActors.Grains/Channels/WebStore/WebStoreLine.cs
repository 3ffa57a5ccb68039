namespace OrderActors.Grains.Channels.WebStore;

/// <summary>One line of a web store order.</summary>
/// <param name="Sku">The seller's SKU code, the same code as in this system's catalog.</param>
/// <param name="UnitPriceFen">What one unit cost the buyer, in fen.</param>
internal sealed record WebStoreLine(string? Sku, int Quantity, long UnitPriceFen, string? Title);
