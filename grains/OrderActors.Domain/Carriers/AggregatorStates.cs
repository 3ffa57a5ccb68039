namespace OrderActors.Domain.Carriers;

/// <summary>
/// A tracking aggregator's snapshot push (the shape the big Chinese aggregators use): its numeric <c>state</c>
/// per event and per waybill, and its carrier names.
/// </summary>
public static class AggregatorStates
{
    public static CarrierStatusTable Table { get; } = new(
    [
        ("0", ParcelState.InTransit, "在途 (in transit)"),
        ("1", ParcelState.PickedUp, "揽收 (collected)"),
        ("2", ParcelState.Exception, "疑难 (problem parcel)"),
        ("3", ParcelState.Delivered, "签收 (signed for)"),
        ("4", ParcelState.Returned, "退签 (signed for by the sender after a return)"),
        ("5", ParcelState.OutForDelivery, "派件 (with the courier)"),
        ("6", ParcelState.Returned, "退回 (going back to the sender)"),
        ("7", ParcelState.InTransit, "转投 (forwarded to another carrier)"),
        ("8", ParcelState.InTransit, "清关 (customs)"),
        ("14", ParcelState.Exception, "拒签 (refused by the recipient)"),
    ]);

    /// <summary>The aggregator's carrier names and our codes.</summary>
    public static IReadOnlyDictionary<string, string> Carriers { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["shunfeng"] = CarrierCode.Sf,
        ["zhongtong"] = CarrierCode.Zto,
        ["yunda"] = CarrierCode.Yunda,
    };

    /// <summary>The aggregator's name for one of our carriers.</summary>
    public static string NameOf(string carrier) => Carriers.First(c => c.Value == carrier).Key;
}
