using OrderActors.Simulators.Pdd;

namespace OrderActors.Simulators.Tests;

internal static class PddOrders
{
    public static readonly TimeSpan China = TimeSpan.FromHours(8);

    public static string Sn(int n) => $"240501-{n:D15}";

    /// <summary>A paid order awaiting shipment (order_status 1, no after-sale), one item.</summary>
    public static PddSimOrder Paid(int n, DateTimeOffset updatedAt) => new(
        OrderSn: Sn(n),
        OrderStatus: 1,
        RefundStatus: 1,
        CreatedTime: updatedAt.AddMinutes(-20),
        ConfirmTime: updatedAt.AddMinutes(-19),
        UpdatedAt: updatedAt,
        PayTime: updatedAt.AddMinutes(-19),
        GoodsAmountFen: 2990 + n,
        PayAmountFen: 2990 + n,
        PostageFen: 0,
        DiscountAmountFen: 0,
        Receiver: new PddSimReceiver("韩梅梅", "13900139000", "浙江省", "杭州市", "西湖区", "龙井路1号"),
        Items: [new PddSimItem(300000 + n, 900000 + n, "龙井 250g", "250g", "TEA", "TEA-LONGJING-250G", 1, 2990 + n)]);
}
