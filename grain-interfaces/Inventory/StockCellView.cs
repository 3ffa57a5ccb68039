namespace OrderActors.GrainInterfaces.Inventory;

/// <summary>
/// Stock of one SKU in one warehouse. Available = on hand − reserved − safety stock (never below zero).
/// <see cref="Damaged"/> counts returned units that failed QC: held in the warehouse, not on hand, never available.
/// </summary>
[GenerateSerializer, Immutable, Alias("oa.StockCellView")]
public sealed record StockCellView(
    [property: Id(0)] string Sku,
    [property: Id(1)] string Warehouse,
    [property: Id(2)] int OnHand,
    [property: Id(3)] int SafetyStock,
    [property: Id(4)] int Reserved,
    [property: Id(5)] int Available,
    [property: Id(6)] int OpenReservations,
    [property: Id(7)] bool Frozen = false,
    [property: Id(8)] bool ManuallyFrozen = false,
    [property: Id(9)] int Damaged = 0);
