namespace OrderActors.Grains.Channels.Jd;

/// <summary>One entry of an order's <c>itemInfoList</c>: one line.</summary>
/// <param name="SkuId">JD's own SKU id.</param>
/// <param name="OuterSkuId">The seller's code on the SKU (SKU外部ID), the key to our SKUs. JD notes it is
/// "not guaranteed in extreme cases"; then <see cref="ProductNo"/> is the seller's code on the ware.</param>
/// <param name="ProductNo">The ware's article number (货号) as the seller entered it.</param>
/// <param name="JdPriceFen">jdPrice (the SKU's JD price) in fen.</param>
/// <param name="Quantity">itemTotal (数量).</param>
internal sealed record JdItem(
    string? SkuId,
    string? OuterSkuId,
    string? ProductNo,
    string? SkuName,
    string? WareId,
    long? JdPriceFen,
    int Quantity);
