namespace OrderActors.GrainInterfaces.Carriers;

/// <summary>Where a parcel is, in one vocabulary for every carrier (each carrier's codes map onto it).</summary>
[GenerateSerializer, Alias("oa.ParcelState")]
public enum ParcelState
{
    /// <summary>Waybill issued, not yet collected.</summary>
    LabelCreated = 0,

    /// <summary>Collected by the carrier (揽收).</summary>
    PickedUp = 1,
    InTransit = 2,

    /// <summary>With the courier for delivery (派件中).</summary>
    OutForDelivery = 3,

    /// <summary>Signed for (签收).</summary>
    Delivered = 4,

    /// <summary>A problem parcel (问题件): held, damaged, address issue…</summary>
    Exception = 5,

    /// <summary>Refused or undeliverable, going back to the sender (退回).</summary>
    Returned = 6,
}
