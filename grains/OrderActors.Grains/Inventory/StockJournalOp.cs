namespace OrderActors.Grains.Inventory;

/// <summary>The kinds of change a stock cell journals. Stored as numbers: never renumber.</summary>
internal enum StockJournalOp : short
{
    SetStock = 1,
    Reserve = 2,
    Release = 3,
    Deduct = 4,
    Freeze = 5,
    Unfreeze = 6,
}
