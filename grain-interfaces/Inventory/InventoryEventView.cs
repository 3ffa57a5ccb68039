namespace OrderActors.GrainInterfaces.Inventory;

/// <summary>A freeze or unfreeze of a stock cell (Kind: Frozen, Unfrozen; Reason says by whom or why).</summary>
[GenerateSerializer, Immutable, Alias("oa.InventoryEventView")]
public sealed record InventoryEventView(
    [property: Id(0)] string Sku,
    [property: Id(1)] string Warehouse,
    [property: Id(2)] string Kind,
    [property: Id(3)] string Reason,
    [property: Id(4)] DateTimeOffset At,
    [property: Id(5)] int OnHand,
    [property: Id(6)] int Reserved,
    [property: Id(7)] int SafetyStock);
