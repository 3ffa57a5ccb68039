using OrderActors.Domain.Channels;
using OrderActors.Domain.Channels.Douyin;

namespace OrderActors.Grains.Channels.Douyin;

/// <summary>One SKU order (商品单, <c>sku_order_list[]</c>) of a shop order: one line.</summary>
/// <param name="OrderId">The SKU order number (one SKU order of each shop order carries the shop order's number).</param>
/// <param name="Code">The seller's code on the SKU (<c>code</c>, 商家后台商品编码): the key to our SKUs.</param>
/// <param name="OutSkuId">The external SKU id (<c>out_sku_id</c>), used when the SKU has no code.</param>
/// <param name="OutProductId">The external product code (<c>out_product_id</c>), the last resort.</param>
/// <param name="OriginAmountFen">Current unit price (<c>origin_amount</c>, 商品现价) in fen, as sent.</param>
/// <param name="SumAmountFen">Unit price × quantity (<c>sum_amount</c>) in fen.</param>
/// <param name="PayAmountFen">What the buyer paid for this line (<c>pay_amount</c>) in fen.</param>
/// <param name="AfterSaleStatus"><c>after_sale_info.after_sale_status</c>; 0 when there is none.</param>
/// <param name="RefundStatus"><c>after_sale_info.refund_status</c>; 0 when there is none.</param>
internal sealed record DouyinSkuOrder(
    string OrderId,
    long? ProductId,
    long? SkuId,
    string? Code,
    string? OutSkuId,
    string? OutProductId,
    string? ProductName,
    int ItemNum,
    long? OriginAmountFen,
    long? SumAmountFen,
    long? PayAmountFen,
    long? OrderStatus,
    long AfterSaleStatus,
    long RefundStatus)
{
    /// <summary>The seller's SKU code: <c>code</c>, else <c>out_sku_id</c>, else <c>out_product_id</c> (for a product without SKUs).</summary>
    public string? SellerSku =>
        !string.IsNullOrWhiteSpace(Code) ? Code
        : !string.IsNullOrWhiteSpace(OutSkuId) ? OutSkuId
        : !string.IsNullOrWhiteSpace(OutProductId) ? OutProductId
        : null;

    public PlatformRefundStatus MappedAfterSale => DouyinStatusMap.MapAfterSale(AfterSaleStatus, RefundStatus);
}
