using OrderActors.Domain.Channels;
using OrderActors.Domain.Channels.Pinduoduo;

namespace OrderActors.Grains.Channels.Pinduoduo;

/// <summary>
/// One Pinduoduo order (an <c>order_sn_list</c>, <c>order_list</c> or <c>order_info</c> element) as a typed
/// value. Only <c>order_sn</c>, <c>order_status</c>, <c>refund_status</c> and <c>updated_at</c> are required;
/// anything else that was not sent is null (or empty for the items), never a made-up default.
/// Times are Pinduoduo's <c>yyyy-MM-dd HH:mm:ss</c> in China time; amounts are in fen.
/// </summary>
/// <param name="OrderSn">订单号, e.g. <c>240501-123456789012345</c>.</param>
/// <param name="OrderStatus">发货状态: 1 待发货, 2 已发货待签收, 3 已签收.</param>
/// <param name="RefundStatus">售后状态: 1 无售后或售后关闭, 2 售后处理中, 3 退款中, 4 退款成功.</param>
/// <param name="RiskControlStatus">订单审核状态: 0 normal, 1 under review; null when not sent.</param>
/// <param name="UpdatedAt">updated_at (订单最近一次更新时间): the order's version, one-second resolution.</param>
/// <param name="ConfirmTime">confirm_time (成交时间): when the group formed and the order became the seller's.</param>
/// <param name="GoodsAmountFen">goods_amount: price × quantity less the seller's price change.</param>
/// <param name="PayAmountFen">pay_amount: what the buyer paid (goods − discounts + postage + service fees).</param>
internal sealed record PddOrder(
    string OrderSn,
    int OrderStatus,
    int RefundStatus,
    int? RiskControlStatus,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? CreatedTime,
    DateTimeOffset? ConfirmTime,
    DateTimeOffset? PayTime,
    long? GoodsAmountFen,
    long? PayAmountFen,
    long? PostageFen,
    long? DiscountAmountFen,
    PddReceiver? Receiver,
    IReadOnlyList<PddOrderItem> Items)
{
    /// <summary>The state the OMS acts on (shipping state, refund and risk review combined).</summary>
    public PlatformOrderState State => PddStatusMap.Effective(OrderStatus, RefundStatus, RiskControlStatus ?? 0);

    /// <summary>Both platform codes, as a person reads them in the order's history.</summary>
    public string RawStatus => RiskControlStatus == PddStatusMap.UnderRiskReview
        ? FormattableString.Invariant($"order_status={OrderStatus},refund_status={RefundStatus},risk_control_status={RiskControlStatus}")
        : FormattableString.Invariant($"order_status={OrderStatus},refund_status={RefundStatus}");

    public PlatformOrderVersion Version => new(UpdatedAt);

    /// <summary>Whether this element carries what the order grain needs (items and a receiver), so no detail call is needed.</summary>
    public bool IsComplete => Items.Count > 0 && Receiver is not null;
}
