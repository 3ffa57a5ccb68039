using System.Collections.Frozen;

namespace OrderActors.Domain.Channels.Jd;

/// <summary>
/// JD POP order states (<c>order_state</c> of <c>jingdong.pop.order.search</c>), as listed in the
/// API's parameter description reproduced by public JD SDKs (the <c>PopOrderSearch</c> request class
/// of a public PHP JOS SDK; the same list appears in third-party ERP docs). JD's list has no unpaid
/// state: POP order search returns orders from payment on. Refund/after-sale status comes from JD's
/// after-sale APIs, which this mapping does not cover.
/// </summary>
public static class JdStatusMap
{
    public static IReadOnlyDictionary<string, PlatformOrderState> OrderStates { get; } =
        new Dictionary<string, PlatformOrderState>(StringComparer.Ordinal)
        {
            ["WAIT_SELLER_STOCK_OUT"] = PlatformOrderState.Paid,               // 等待出库
            ["WAIT_SELLER_DELIVERY"] = PlatformOrderState.Paid,                // 等待发货 (海外购 "等待境内发货")
            ["WAIT_GOODS_RECEIVE_CONFIRM"] = PlatformOrderState.Shipped,       // 等待确认收货
            ["FINISHED_L"] = PlatformOrderState.Completed,                     // 完成
            ["TRADE_CANCELED"] = PlatformOrderState.Cancelled,                 // 取消
            ["LOCKED"] = PlatformOrderState.OnHold,                            // 已锁定
            ["PAUSE"] = PlatformOrderState.OnHold,                             // 暂停 (loc 订单)
            ["POP_ORDER_PAUSE"] = PlatformOrderState.OnHold,                   // pop 业务暂停
        }.ToFrozenDictionary(StringComparer.Ordinal);

    public static PlatformStatus MapOrderState(string? orderState) => PlatformStatus.From(OrderStates, orderState);
}
