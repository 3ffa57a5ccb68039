using System.Collections.Frozen;
using System.Globalization;

namespace OrderActors.Domain.Channels.Douyin;

/// <summary>
/// Douyin shop (抖店) shop-order <c>order_status</c> of <c>order.searchList</c> / <c>order.orderDetail</c>,
/// as documented in the response field ("1 待确认/待支付-订单创建完毕; 105-已支付; 2-备货中;
/// 101-部分发货; 3-已发货（全部发货）; 4-已取消; 5-已完成（已收货）"), reproduced in the public Go SDK
/// zsmhub/doudian-sdk (<c>api/order_searchList/response</c>). After-sale state sits on each SKU order
/// (<c>sku_order_list[].after_sale_info</c>) and is mapped by <see cref="MapAfterSale"/>; the order
/// status says nothing about refunds, so combine both with <see cref="PlatformStatusRules.Effective"/>.
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

    /// <summary>
    /// <c>after_sale_info.after_sale_status</c> → refund state, from the field's documentation in the
    /// same SDK ("0-售后初始化, 6-售后申请, 7-售后退货中, 27-拒绝售后申请, 12-售后成功, 28-售后失败,
    /// 11-售后已发货, 29-退货后拒绝退款, 13-售后换货商家发货, 14-售后换货用户收货, 51-取消成功,
    /// 53-逆向交易完成"). The readings are ours where the label leaves room: 0 is what an order without
    /// any after-sale carries; a refusal (27, 29) stays in progress because the buyer may escalate, as
    /// with Taobao's SELLER_REFUSE_BUYER; an exchange under way (13) is an open after-sale; a finished
    /// reverse trade (53) is refunded; 12 and 51 count as refunded only when <c>refund_status</c> says the
    /// money went back (see <see cref="MapAfterSale"/>).
    /// </summary>
    public static IReadOnlyDictionary<string, PlatformRefundState> AfterSaleStatuses { get; } =
        new Dictionary<string, PlatformRefundState>(StringComparer.Ordinal)
        {
            ["0"] = PlatformRefundState.None,          // 售后初始化 (no after-sale)
            ["6"] = PlatformRefundState.InProgress,    // 售后申请
            ["7"] = PlatformRefundState.InProgress,    // 售后退货中
            ["11"] = PlatformRefundState.InProgress,   // 售后已发货 (the buyer sent the goods back)
            ["27"] = PlatformRefundState.InProgress,   // 拒绝售后申请
            ["29"] = PlatformRefundState.InProgress,   // 退货后拒绝退款
            ["13"] = PlatformRefundState.InProgress,   // 售后换货商家发货
            ["12"] = PlatformRefundState.None,         // 售后成功 (an exchange, unless refund_status is 3)
            ["51"] = PlatformRefundState.None,         // 取消成功 (refunded only with refund_status 3)
            ["14"] = PlatformRefundState.None,         // 售后换货用户收货 (exchange done)
            ["28"] = PlatformRefundState.None,         // 售后失败 (closed, also when the buyer withdrew)
            ["53"] = PlatformRefundState.Refunded,     // 逆向交易完成
        }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary><c>after_sale_info.refund_status</c>: "1-待退款；3-退款成功；4-退款失败" (documented).</summary>
    public const long RefundSucceeded = 3;

    public static PlatformStatus MapOrderStatus(long orderStatus) =>
        PlatformStatus.From(OrderStatuses, orderStatus.ToString(CultureInfo.InvariantCulture));

    /// <summary>
    /// One SKU order's after-sale state. <c>refund_status</c> 3 (退款成功) means the money went back,
    /// whatever the after-sale status; otherwise the after-sale status decides, because the documentation
    /// warns that a buyer who withdraws an after-sale leaves <c>after_sale_status=28</c> with
    /// <c>refund_status=1</c> unchanged — refund_status alone would show a refund that never comes.
    /// </summary>
    public static PlatformRefundStatus MapAfterSale(long afterSaleStatus, long refundStatus)
    {
        var raw = afterSaleStatus.ToString(CultureInfo.InvariantCulture);
        if (refundStatus == RefundSucceeded)
        {
            return new PlatformRefundStatus(PlatformRefundState.Refunded, raw);
        }

        return PlatformRefundStatus.From(AfterSaleStatuses, raw);
    }

    /// <summary>
    /// The shop order's refund state from its SKU orders': any after-sale open makes it in progress;
    /// refunded only when every line was refunded (a partly refunded order still has lines to ship, so
    /// it stays live); an unknown line status with nothing open is unknown, which never overrides the
    /// order status. An order without lines has no refund.
    /// </summary>
    public static PlatformRefundStatus CombineLines(IReadOnlyCollection<PlatformRefundStatus> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        PlatformRefundStatus? unknown = null;
        var refunded = 0;
        foreach (var line in lines)
        {
            switch (line.State)
            {
                case PlatformRefundState.InProgress:
                    return line;
                case PlatformRefundState.Unknown:
                    unknown ??= line;
                    break;
                case PlatformRefundState.Refunded:
                    refunded++;
                    break;
            }
        }

        if (unknown is { } first)
        {
            return first;
        }

        return refunded > 0 && refunded == lines.Count
            ? new PlatformRefundStatus(PlatformRefundState.Refunded, lines.First().RawCode)
            : PlatformRefundStatus.NoRefund;
    }
}
