namespace OrderActors.Domain.Carriers;

/// <summary>Yunda trace step statuses (<c>status</c> of each step of the trace query).</summary>
public static class YundaTraceStatuses
{
    public static CarrierStatusTable Table { get; } = new(
    [
        ("GOT", ParcelState.PickedUp, "揽收 (collected)"),
        ("TRANSIT", ParcelState.InTransit, "运输中 (in transit)"),
        ("DELIVERY", ParcelState.OutForDelivery, "派送中 (with the courier)"),
        ("SIGNED", ParcelState.Delivered, "签收 (signed for)"),
        ("SIGNFAIL", ParcelState.Exception, "签收失败 (delivery failed)"),
        ("ISSUE", ParcelState.Exception, "问题件 (problem parcel)"),
        ("RETURN", ParcelState.Returned, "退回 (going back to the sender)"),
    ]);
}
