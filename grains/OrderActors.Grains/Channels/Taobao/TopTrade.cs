using OrderActors.Domain.Channels;
using OrderActors.Domain.Channels.Taobao;

namespace OrderActors.Grains.Channels.Taobao;

/// <summary>
/// One TOP <c>Trade</c> as a typed value. Only <c>tid</c>, <c>status</c> and <c>modified</c> are
/// required: <c>taobao.trades.sold.increment.get</c> returns only the fields asked for and, by its own
/// documentation, only part of a trade; <c>taobao.trade.fullinfo.get</c> fills in the rest. A field
/// that was not returned is null (or empty for the lines), never a made-up default.
/// </summary>
/// <param name="Tid">The trade number (父订单编号).</param>
/// <param name="Status">Trade.status exactly as sent, e.g. <c>WAIT_SELLER_SEND_GOODS</c>.</param>
/// <param name="Modified">Trade.modified: the platform's version of this trade (one-second resolution).</param>
/// <param name="PaymentFen">Trade.payment (实付金额) in fen.</param>
/// <param name="TotalFeeFen">Trade.total_fee (商品金额: price × quantity) in fen.</param>
/// <param name="PostFeeFen">Trade.post_fee (邮费) in fen.</param>
internal sealed record TopTrade(
    long Tid,
    string Status,
    DateTimeOffset Modified,
    DateTimeOffset? Created,
    DateTimeOffset? PayTime,
    long? PaymentFen,
    long? TotalFeeFen,
    long? PostFeeFen,
    string? BuyerNick,
    string? SellerNick,
    TopReceiver? Receiver,
    IReadOnlyList<TopOrderLine> Lines)
{
    /// <summary>The trade status in the OMS vocabulary (Unknown with the raw code kept when the code is new).</summary>
    public PlatformStatus MappedStatus => TaobaoStatusMap.MapTrade(Status);

    /// <summary>What a connector compares to decide whether this copy is newer than the one it holds.</summary>
    public PlatformOrderVersion Version => new(Modified);
}
