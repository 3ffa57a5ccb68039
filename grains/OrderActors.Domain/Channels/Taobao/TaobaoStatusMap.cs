using System.Collections.Frozen;

namespace OrderActors.Domain.Channels.Taobao;

/// <summary>
/// Taobao/Tmall (TOP) trade and refund statuses. The codes and their meanings are those of the
/// <c>Trade.status</c> and <c>Refund.status</c> fields in TOP's API documentation as reproduced by
/// public SDKs (bububa/opentaobao <c>model/trade/Refund.go</c>; the TOP field descriptions quoted in
/// several public Taobao SDK enums). Codes not listed here map to Unknown with the raw code kept.
/// </summary>
public static class TaobaoStatusMap
{
    /// <summary>Trade.status → state. One line per documented code.</summary>
    public static IReadOnlyDictionary<string, PlatformOrderState> TradeStatuses { get; } =
        new Dictionary<string, PlatformOrderState>(StringComparer.Ordinal)
        {
            ["TRADE_NO_CREATE_PAY"] = PlatformOrderState.AwaitingPayment,      // 没有创建支付宝交易
            ["WAIT_BUYER_PAY"] = PlatformOrderState.AwaitingPayment,           // 等待买家付款
            ["PAY_PENDING"] = PlatformOrderState.AwaitingPayment,              // 国际信用卡/外卡支付付款确认中: not money yet
            ["WAIT_PRE_AUTH_CONFIRM"] = PlatformOrderState.AwaitingPayment,    // 余额宝0元购合约中: no payment captured yet
            ["WAIT_SELLER_SEND_GOODS"] = PlatformOrderState.Paid,              // 等待卖家发货, 即买家已付款
            ["SELLER_CONSIGNED_PART"] = PlatformOrderState.PartiallyShipped,   // 卖家部分发货
            ["WAIT_BUYER_CONFIRM_GOODS"] = PlatformOrderState.Shipped,         // 等待买家确认收货, 即卖家已发货
            ["TRADE_BUYER_SIGNED"] = PlatformOrderState.Delivered,             // 买家已签收 (货到付款专用)
            ["TRADE_FINISHED"] = PlatformOrderState.Completed,                 // 交易成功
            ["TRADE_CLOSED"] = PlatformOrderState.Closed,                      // 付款以后用户退款成功, 交易自动关闭
            ["TRADE_CLOSED_BY_TAOBAO"] = PlatformOrderState.Cancelled,         // 付款以前, 卖家或买家主动关闭交易
        }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Refund.status (and Order.refund_status on each sub-order) → refund state. SELLER_REFUSE_BUYER
    /// counts as in progress: after a refusal the buyer may change the request or escalate, so the
    /// order is not safe to treat as refund-free yet.
    /// </summary>
    public static IReadOnlyDictionary<string, PlatformRefundState> RefundStatuses { get; } =
        new Dictionary<string, PlatformRefundState>(StringComparer.Ordinal)
        {
            // NO_REFUND (无退款) is the sub-order value when nothing was asked; seen in public SDK constants,
            // not on a TOP doc page in this work, so treat as unconfirmed.
            ["NO_REFUND"] = PlatformRefundState.None,
            ["WAIT_SELLER_AGREE"] = PlatformRefundState.InProgress,            // 买家已经申请退款, 等待卖家同意
            ["WAIT_BUYER_RETURN_GOODS"] = PlatformRefundState.InProgress,      // 卖家已经同意退款, 等待买家退货
            ["WAIT_SELLER_CONFIRM_GOODS"] = PlatformRefundState.InProgress,    // 买家已经退货, 等待卖家确认收货
            ["SELLER_REFUSE_BUYER"] = PlatformRefundState.InProgress,          // 卖家拒绝退款
            ["CLOSED"] = PlatformRefundState.None,                             // 退款关闭
            ["SUCCESS"] = PlatformRefundState.Refunded,                        // 退款成功
        }.ToFrozenDictionary(StringComparer.Ordinal);

    public static PlatformStatus MapTrade(string? status) => PlatformStatus.From(TradeStatuses, status);

    public static PlatformRefundStatus MapRefund(string? status) =>
        string.IsNullOrWhiteSpace(status) ? PlatformRefundStatus.NoRefund : PlatformRefundStatus.From(RefundStatuses, status);
}
