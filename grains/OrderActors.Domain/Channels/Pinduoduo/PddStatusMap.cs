using System.Collections.Frozen;
using System.Globalization;

namespace OrderActors.Domain.Channels.Pinduoduo;

/// <summary>
/// Pinduoduo <c>order_status</c> (发货状态: shipping only) and <c>refund_status</c> (售后状态), as
/// documented on <c>pdd.order.number.list.increment.get</c> (reproduced in the public Rust crate
/// <c>pdd</c>, <c>requests/pdd_order_number_list_increment_get.rs</c>, and in the C# SDK
/// <c>niltor/open-pdd-net-sdk</c>). 5 means "all" in queries and is never an order's own value, so it
/// is not in the tables. Because order_status says nothing about refunds, combine both with
/// <see cref="Effective"/>.
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

    /// <summary><c>risk_control_status</c> 1: 审核中订单 (documented on the order fields; 0 is a normal order).</summary>
    public const int UnderRiskReview = 1;

    public static PlatformStatus MapOrderStatus(int orderStatus) =>
        PlatformStatus.From(OrderStatuses, orderStatus.ToString(CultureInfo.InvariantCulture));

    public static PlatformRefundStatus MapRefundStatus(int refundStatus) =>
        PlatformRefundStatus.From(RefundStatuses, refundStatus.ToString(CultureInfo.InvariantCulture));

    /// <summary>
    /// The one state the OMS acts on: shipping state and refund state combined by
    /// <see cref="PlatformStatusRules.Effective"/>; then an order still awaiting shipment that the
    /// platform is reviewing (<c>risk_control_status</c> = 1) is held. Pinduoduo sends no receiver for
    /// such an order (the receiver fields are empty "unless the order awaits shipment and is not
    /// flagged by risk control", documented), so it cannot be shipped until the review ends, which
    /// changes its updated_at and brings it back in the next pull. The hold is our reading.
    /// </summary>
    public static PlatformOrderState Effective(int orderStatus, int refundStatus, int riskControlStatus = 0)
    {
        var state = PlatformStatusRules.Effective(MapOrderStatus(orderStatus), MapRefundStatus(refundStatus));
        return state == PlatformOrderState.Paid && riskControlStatus == UnderRiskReview ? PlatformOrderState.OnHold : state;
    }
}
