namespace OrderActors.Domain.Routing;

/// <summary>One SKU the order needs (lines of the same SKU merged), with its unit weight for the tariff.</summary>
public sealed record RoutingLine(string Sku, int Quantity, int UnitWeightGrams);

/// <summary>What a stock cell can give right now, as the inventory pool last saw it.</summary>
public sealed record CellAvailability(int OnHand, int Reserved, int SafetyStock, bool Frozen)
{
    public static CellAvailability None { get; } = new(0, 0, 0, false);

    public int Available => Math.Max(0, OnHand - Reserved - SafetyStock);

    public int FreeIgnoringSafetyStock => Math.Max(0, OnHand - Reserved);
}

/// <summary>An order to route.</summary>
/// <param name="NetworkWide">Network-wide fulfilment (全网协同发货) is on for this order: service areas widen, cost yields to fill rate.</param>
public sealed record RoutingRequest(string OrderId, Destination Destination, IReadOnlyList<RoutingLine> Lines, bool NetworkWide);
