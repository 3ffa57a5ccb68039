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

    /// <summary>Returned units passed QC, back on hand; order_id holds the return line, quantity the units.</summary>
    ReturnToStock = 7,

    /// <summary>Returned units failed QC, to the damaged count; order_id holds the return line, quantity the units.</summary>
    ReturnDamaged = 8,
}
