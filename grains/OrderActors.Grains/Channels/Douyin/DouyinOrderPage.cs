namespace OrderActors.Grains.Channels.Douyin;

/// <summary>One page of <c>order.searchList</c> in the order the platform sent it.</summary>
/// <param name="Page">The page number, from 0 (documented).</param>
/// <param name="Total">All orders matching the query (<c>total</c>).</param>
/// <param name="LogId">The platform's <c>log_id</c> for this call.</param>
internal sealed record DouyinOrderPage(IReadOnlyList<DouyinShopOrder> Orders, int Page, int Size, long Total, string? LogId)
{
    public bool HasNext => (long)(Page + 1) * Size < Total;
}
