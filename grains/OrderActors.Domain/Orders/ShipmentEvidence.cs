namespace OrderActors.Domain.Orders;

/// <summary>
/// What the order holds that "shipped" depends on: double verification (waybill and outbound scan) and,
/// when an approval rule covers the order, an approver's confirmation.
/// </summary>
public readonly record struct ShipmentEvidence(bool HasWaybill, bool HasOutboundScan, bool AwaitingApproval = false)
{
    public static ShipmentEvidence None => default;
}
