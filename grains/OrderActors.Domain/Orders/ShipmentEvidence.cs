namespace OrderActors.Domain.Orders;

/// <summary>What the order holds that "shipped" depends on (double verification: waybill and outbound scan).</summary>
public readonly record struct ShipmentEvidence(bool HasWaybill, bool HasOutboundScan)
{
    public static ShipmentEvidence None => default;
}
