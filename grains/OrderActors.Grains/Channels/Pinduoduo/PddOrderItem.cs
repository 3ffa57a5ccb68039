namespace OrderActors.Grains.Channels.Pinduoduo;

/// <summary>One <c>item_list</c> element: one line of the order.</summary>
/// <param name="OuterId">商家外部编码（sku）: the seller's own SKU code, the key to our SKUs.</param>
/// <param name="OuterGoodsId">商家外部编码（商品）: the seller's code on the goods, used when the SKU has none.</param>
/// <param name="GoodsPriceFen">goods_price (商品销售价格) in fen: the unit price.</param>
internal sealed record PddOrderItem(
    long? GoodsId,
    long? SkuId,
    string? GoodsName,
    string? GoodsSpec,
    string? OuterGoodsId,
    string? OuterId,
    int Quantity,
    long? GoodsPriceFen);
