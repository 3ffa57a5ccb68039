namespace OrderActors.Grains.Channels.Jd;

/// <summary>One page of <c>jingdong.pop.order.search</c>, in the order JD sent it.</summary>
/// <param name="OrderTotal">orderTotal: the number of orders matching the whole search, on every page.</param>
internal sealed record JdOrderPage(IReadOnlyList<JdOrder> Orders, long OrderTotal, int Page, int PageSize)
{
    public bool HasNext => (long)Page * PageSize < OrderTotal;
}
