namespace OrderActors.Domain.Carriers;

/// <summary>SF Express route operation codes (<c>opCode</c> of EXP_RECE_SEARCH_ROUTES and the route push).</summary>
public static class SfRouteCodes
{
    public static CarrierStatusTable Table { get; } = new(
    [
        ("50", ParcelState.PickedUp, "顺丰已收件 (collected)"),
        ("54", ParcelState.PickedUp, "上门收件 (collected at the door)"),
        ("30", ParcelState.InTransit, "装车发往下一站 (loaded, leaving for the next site)"),
        ("31", ParcelState.InTransit, "到达 (arrived at a site)"),
        ("36", ParcelState.InTransit, "封车 (vehicle sealed)"),
        ("44", ParcelState.OutForDelivery, "正在派送途中 (with the courier)"),
        ("204", ParcelState.OutForDelivery, "派件 (delivery scan)"),
        ("80", ParcelState.Delivered, "已签收 (signed for)"),
        ("8000", ParcelState.Delivered, "签收完成 (delivery closed)"),
        ("33", ParcelState.Exception, "派件异常 / 滞留 (delivery failed, held)"),
        ("70", ParcelState.Exception, "派件不成功 (delivery not possible)"),
        ("77", ParcelState.Exception, "中转滞留 (held in transit)"),
        ("99", ParcelState.Returned, "退回 (going back to the sender)"),
        ("648", ParcelState.Returned, "退回件 (return parcel)"),
    ]);
}
