using System.Globalization;
using OrderActors.Domain.Channels;
using OrderActors.Domain.Channels.Douyin;

namespace OrderActors.Grains.Channels.Douyin;

/// <summary>
/// One Douyin shop order (店铺单, <c>shop_order_list[]</c> of <c>order.searchList</c>, or
/// <c>shop_order_detail</c> of <c>order.orderDetail</c>) as a typed value. Only <c>order_id</c>,
/// <c>order_status</c> and <c>update_time</c> are required; a field the platform did not send is null
/// (or empty for the lines), never a made-up default. Amounts are integers in fen on the wire.
/// </summary>
/// <param name="OrderId">The shop order number (店铺父订单号), a string of digits.</param>
/// <param name="OrderStatus"><c>order_status</c> as sent, e.g. 2 (备货中).</param>
/// <param name="UpdateTime"><c>update_time</c> (Unix seconds): the platform's version of this order.</param>
/// <param name="OrderAmountFen"><c>order_amount</c> (订单金额) in fen.</param>
/// <param name="PayAmountFen"><c>pay_amount</c> (支付金额) in fen.</param>
/// <param name="PostAmountFen"><c>post_amount</c> (快递费) in fen.</param>
internal sealed record DouyinShopOrder(
    string OrderId,
    long OrderStatus,
    DateTimeOffset UpdateTime,
    DateTimeOffset? CreateTime,
    DateTimeOffset? PayTime,
    long? OrderAmountFen,
    long? PayAmountFen,
    long? PostAmountFen,
    DouyinReceiver? Receiver,
    IReadOnlyList<DouyinSkuOrder> Lines)
{
    /// <summary>The order status in the OMS vocabulary (Unknown with the raw code kept when the code is new).</summary>
    public PlatformStatus MappedStatus => DouyinStatusMap.MapOrderStatus(OrderStatus);

    /// <summary>The after-sale state over all lines.</summary>
    public PlatformRefundStatus Refund => DouyinStatusMap.CombineLines([.. Lines.Select(l => l.MappedAfterSale)]);

    /// <summary>What the OMS acts on: an open or finished refund outranks a live order status.</summary>
    public PlatformOrderState State => PlatformStatusRules.Effective(MappedStatus, Refund);

    public string RawStatus => OrderStatus.ToString(CultureInfo.InvariantCulture);

    /// <summary>What a connector compares to decide whether this copy is newer than the one it holds.</summary>
    public PlatformOrderVersion Version => new(UpdateTime);

    /// <summary>The order has its lines, each with a seller SKU, and a whole address: nothing more to read.</summary>
    public bool IsComplete => Lines.Count > 0 && Lines.All(l => l.SellerSku is not null) && Receiver is { IsComplete: true };
}
