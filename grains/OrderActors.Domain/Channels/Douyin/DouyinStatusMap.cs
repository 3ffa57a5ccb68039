using System.Collections.Frozen;
using System.Globalization;

namespace OrderActors.Domain.Channels.Douyin;

/// <summary>
/// Douyin shop (抖店) shop-order <c>order_status</c> of <c>order.searchList</c> / <c>order.orderDetail</c>,
/// as documented in the response field ("1 待确认/待支付-订单创建完毕; 105-已支付; 2-备货中;
/// 101-部分发货; 3-已发货（全部发货）; 4-已取消; 5-已完成（已收货）"), reproduced in the public Go SDK
/// zsmhub/doudian-sdk (<c>api/order_searchList/response</c>). After-sale status lives in separate
/// fields and APIs and is not mapped here.
/// </summary>
public static class DouyinStatusMap
{
    public static IReadOnlyDictionary<string, PlatformOrderState> OrderStatuses { get; } =
        new Dictionary<string, PlatformOrderState>(StringComparer.Ordinal)
        {
            ["1"] = PlatformOrderState.AwaitingPayment,    // 待确认/待支付 (订单创建完毕)
            ["105"] = PlatformOrderState.Paid,             // 已支付
            ["2"] = PlatformOrderState.Paid,               // 备货中 (paid, the seller is preparing it)
            ["101"] = PlatformOrderState.PartiallyShipped, // 部分发货
            ["3"] = PlatformOrderState.Shipped,            // 已发货 (全部发货)
            ["4"] = PlatformOrderState.Cancelled,          // 已取消
            ["5"] = PlatformOrderState.Completed,          // 已完成 (已收货)
        }.ToFrozenDictionary(StringComparer.Ordinal);

    public static PlatformStatus MapOrderStatus(long orderStatus) =>
        PlatformStatus.From(OrderStatuses, orderStatus.ToString(CultureInfo.InvariantCulture));
}
