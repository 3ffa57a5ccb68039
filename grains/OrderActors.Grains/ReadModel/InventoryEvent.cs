namespace OrderActors.Grains.ReadModel;

/// <summary>Something operators should see happen to a stock cell (a freeze, an unfreeze).</summary>
internal sealed record InventoryEvent(string Sku, string Warehouse, string Kind, string Reason, DateTimeOffset At, int OnHand, int Reserved, int SafetyStock);
