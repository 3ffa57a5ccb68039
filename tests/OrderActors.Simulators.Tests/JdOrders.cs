using OrderActors.Simulators.Jd;

namespace OrderActors.Simulators.Tests;

internal static class JdOrders
{
    public static readonly TimeSpan China = TimeSpan.FromHours(8);

    public static SimJdOrder Paid(long orderId, DateTimeOffset modified) => new(
        OrderId: orderId,
        OrderState: "WAIT_SELLER_STOCK_OUT",
        Created: modified.AddMinutes(-30),
        Modified: modified,
        PaidAt: modified.AddMinutes(-29),
        TotalPriceFen: 5900 + orderId,
        SellerPriceFen: 5900 + orderId,
        PaymentFen: 5900 + orderId,
        FreightFen: 0,
        SellerDiscountFen: 0,
        Pin: $"jd_buyer{orderId}",
        Consignee: new SimJdConsignee("张三", "13800138000", null, "北京", "朝阳区", "三环到四环之间", null, "北京朝阳区三环到四环之间建国路88号"),
        Items: [new SimJdItem(100001, "MUG-WHITE-350", "MUG", "白瓷杯 350ml", 2000001, 5900 + orderId, 1)]);
}
