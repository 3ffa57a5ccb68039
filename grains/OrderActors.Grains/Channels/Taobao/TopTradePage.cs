namespace OrderActors.Grains.Channels.Taobao;

/// <summary>One page of <c>taobao.trades.sold.increment.get</c>, in the order the platform sent it (newest modified first, documented).</summary>
/// <param name="HasNext">Whether another page follows; only sent when <c>use_has_next=true</c>, otherwise derived from the total.</param>
/// <param name="TotalResults">The number of trades in the window; TOP leaves it out when <c>use_has_next=true</c> (documented).</param>
internal sealed record TopTradePage(
    IReadOnlyList<TopTrade> Trades,
    bool HasNext,
    long? TotalResults,
    string? RequestId);
