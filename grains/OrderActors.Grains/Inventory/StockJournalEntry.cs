namespace OrderActors.Grains.Inventory;

/// <summary>One applied change of a stock cell, in the order it was applied (<see cref="Sequence"/> from 1).</summary>
/// <param name="OrderId">The order; for the return ops the return line.</param>
/// <param name="Quantity">Reserve and the return ops: units; SetStock: on hand; otherwise 0.</param>
/// <param name="SafetyStock">SetStock only.</param>
internal sealed record StockJournalEntry(long Sequence, StockJournalOp Op, string? OrderId, int Quantity, int SafetyStock, DateTimeOffset RecordedAt);
