namespace OrderActors.Grains.Channels.WebStore;

/// <summary>One page of <c>GET /webstore/api/orders</c>, in the order the store sent it (oldest first by the queried time, then id).</summary>
/// <param name="Total">How many orders the whole query matches (needed to page backwards).</param>
/// <param name="HasNext">Whether a page follows this one.</param>
/// <param name="RequestId">The store's <c>X-Request-Id</c>, when it sent one.</param>
internal sealed record WebStoreOrderPage(IReadOnlyList<WebStoreOrder> Orders, int Page, long Total, bool HasNext, string? RequestId);
