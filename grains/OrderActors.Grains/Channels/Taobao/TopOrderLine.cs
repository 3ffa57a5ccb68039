using OrderActors.Domain.Channels;
using OrderActors.Domain.Channels.Taobao;

namespace OrderActors.Grains.Channels.Taobao;

/// <summary>One TOP <c>Order</c> (子订单) of a trade: one line.</summary>
/// <param name="Oid">The sub-order number.</param>
/// <param name="OuterSkuId">The seller's own SKU code on the platform SKU (商家外部编码), the usual key to our SKUs.</param>
/// <param name="OuterIid">The seller's own code on the item, used when the item has no SKUs.</param>
/// <param name="PriceFen">Order.price (unit price) in fen.</param>
/// <param name="TotalFeeFen">Order.total_fee (应付金额) in fen.</param>
/// <param name="PaymentFen">Order.payment (实付金额) in fen; TOP documents that it includes postage only for a single-line trade.</param>
/// <param name="RefundStatus">Order.refund_status as sent; null when not returned.</param>
internal sealed record TopOrderLine(
    long Oid,
    long? NumIid,
    string? SkuId,
    string? OuterIid,
    string? OuterSkuId,
    string? Title,
    int Quantity,
    long? PriceFen,
    long? TotalFeeFen,
    long? PaymentFen,
    string? Status,
    string? RefundStatus)
{
    public PlatformRefundStatus MappedRefund => TaobaoStatusMap.MapRefund(RefundStatus);
}
