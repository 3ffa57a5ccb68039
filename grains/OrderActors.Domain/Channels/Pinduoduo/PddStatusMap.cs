using System.Collections.Frozen;
using System.Globalization;

namespace OrderActors.Domain.Channels.Pinduoduo;

/// <summary>
/// Pinduoduo <c>order_status</c> (发货状态: shipping only) and <c>refund_status</c> (售后状态), as
/// documented on <c>pdd.order.number.list.increment.get</c> (reproduced in the public Rust crate
/// <c>pdd</c>, <c>requests/pdd_order_number_list_increment_get.rs</c>). 5 means "all" in queries
/// and is never an order's own value, so it is not in the tables. Because order_status says
/// nothing about refunds, combine both with <see cref="PlatformStatusRules.Effective"/>.
/// </summary>
public static class PddStatusMap
{
    public static IReadOnlyDictionary<string, PlatformOrderState> OrderStatuses { get; } =
        new Dictionary<string, PlatformOrderState>(StringComparer.Ordinal)
        {
            ["1"] = PlatformOrderState.Paid,          // 待发货
            ["2"] = PlatformOrderState.Shipped,       // 已发货待签收
            ["3"] = PlatformOrderState.Delivered,     // 已签收
        }.ToFrozenDictionary(StringComparer.Ordinal);

    public static IReadOnlyDictionary<string, PlatformRefundState> RefundStatuses { get; } =
        new Dictionary<string, PlatformRefundState>(StringComparer.Ordinal)
        {
            ["1"] = PlatformRefundState.None,         // 无售后或售后关闭
            ["2"] = PlatformRefundState.InProgress,   // 售后处理中
            ["3"] = PlatformRefundState.InProgress,   // 退款中
            ["4"] = PlatformRefundState.Refunded,     // 退款成功
        }.ToFrozenDictionary(StringComparer.Ordinal);

    public static PlatformStatus MapOrderStatus(int orderStatus) =>
        PlatformStatus.From(OrderStatuses, orderStatus.ToString(CultureInfo.InvariantCulture));

    public static PlatformRefundStatus MapRefundStatus(int refundStatus) =>
        PlatformRefundStatus.From(RefundStatuses, refundStatus.ToString(CultureInfo.InvariantCulture));
}
