namespace OrderActors.Domain.Carriers;

/// <summary>ZTO trace scan types: the Chinese <c>scanType</c> of the trace query and the upper-case action codes of its pushes.</summary>
public static class ZtoScanTypes
{
    public static CarrierStatusTable Table { get; } = new(
    [
        ("收件", ParcelState.PickedUp, "collected"),
        ("GOT", ParcelState.PickedUp, "collected"),
        ("发件", ParcelState.InTransit, "left a site"),
        ("DEPARTURE", ParcelState.InTransit, "left a site"),
        ("到件", ParcelState.InTransit, "arrived at a site"),
        ("ARRIVAL", ParcelState.InTransit, "arrived at a site"),
        ("派件", ParcelState.OutForDelivery, "with the courier"),
        ("DISPATCH", ParcelState.OutForDelivery, "with the courier"),
        ("签收", ParcelState.Delivered, "signed for"),
        ("第三方签收", ParcelState.Delivered, "signed for by a parcel station or locker"),
        ("SIGNED", ParcelState.Delivered, "signed for"),
        ("问题件", ParcelState.Exception, "problem parcel"),
        ("PROBLEM", ParcelState.Exception, "problem parcel"),
        ("退件", ParcelState.Returned, "going back to the sender"),
        ("RETURN_SCAN", ParcelState.Returned, "going back to the sender"),
    ]);
}
