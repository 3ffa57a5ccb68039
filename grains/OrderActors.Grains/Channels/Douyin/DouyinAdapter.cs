using OrderActors.Domain.Channels;
using OrderActors.Domain.Fulfilment;
using OrderActors.GrainInterfaces.Orders;

namespace OrderActors.Grains.Channels.Douyin;

/// <summary>
/// Douyin shop for the connector: <c>order.searchList</c> by <c>update_time</c> lists the modified
/// orders, whole (lines, amounts, ciphertext address), so an order is read again with
/// <c>order.orderDetail</c> only when its list entry is partial (or when <see cref="DouyinOptions.AlwaysReadDetail"/>
/// asks for it); <c>order.searchList</c> by <c>create_time</c> counts for reconciliation.
/// </summary>
/// <remarks>
/// Paging backwards is our choice, not Douyin's advice (none was found): an order modified during the
/// pull leaves the window (its update_time becomes now), which shifts every later entry one place
/// forward; read forwards, the entry that slides onto a page already read would be skipped, read from
/// the last page back, it slides onto a page still to come. Newest first (<c>order_asc=false</c>, the
/// platform's default) puts orders that turn up late with an older update_time at the end, which is
/// read first, so they do not shift unread entries either. <c>total</c> gives the page count.
/// </remarks>
internal sealed class DouyinAdapter(DouyinClient client, bool alwaysReadDetail = false) : IPlatformAdapter
{
    public PullWindowRules Rules => PlatformPullRules.Douyin;

    public int PageSize => DouyinClient.MaxPageSize;

    public PagingDirection Paging => PagingDirection.Backward;

    public async Task<PlatformPage> ListModifiedAsync(string accessToken, PullWindow window, int page, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        if (!DouyinClient.CanMatchAnything(window))
        {
            return new PlatformPage([], 0, HasNext: false);
        }

        var data = await client.SearchByUpdateTimeAsync(accessToken, window, page - 1, PageSize, cancellationToken).ConfigureAwait(false);
        return new PlatformPage([.. data.Orders.Select(o => Listing(o, full: !alwaysReadDetail && o.IsComplete))], data.Total, data.HasNext);
    }

    public async Task<PlatformOrderUpdate> GetOrderAsync(string accessToken, PlatformListing listing, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(listing);
        if (listing.Full is { } full)
        {
            return full;
        }

        var order = await client.GetOrderDetailAsync(accessToken, listing.PlatformOrderId, cancellationToken).ConfigureAwait(false);
        return order.ToUpdate();
    }

    /// <summary>
    /// Every order created in the period, counted by the platform: the period is split into ranges no
    /// longer than <see cref="DouyinClient.MaxWindow"/> (a week of reconciliation is seven searches plus
    /// their pages), each paged forwards; an order on a shared bound is counted once.
    /// </summary>
    public async Task<IReadOnlyList<PlatformListing>> ListCreatedAsync(string accessToken, PullWindow period, CancellationToken cancellationToken = default)
    {
        var all = new Dictionary<string, PlatformListing>(StringComparer.Ordinal);
        for (var start = period.Start; start < period.End; start += DouyinClient.MaxWindow)
        {
            var end = start + DouyinClient.MaxWindow < period.End ? start + DouyinClient.MaxWindow : period.End;
            if (!DouyinClient.CanMatchAnything(new PullWindow(start, end)))
            {
                continue;
            }

            for (var page = 0; ; page++)
            {
                var data = await client.SearchByCreateTimeAsync(accessToken, new PullWindow(start, end), page, PageSize, cancellationToken).ConfigureAwait(false);
                foreach (var order in data.Orders)
                {
                    all.TryAdd(order.OrderId, Listing(order, full: false));
                }

                if (!data.HasNext || data.Orders.Count == 0)
                {
                    break;
                }
            }
        }

        return [.. all.Values];
    }

    public async Task<PlatformToken> RefreshAsync(string refreshToken, CancellationToken cancellationToken = default)
    {
        var token = await client.RefreshTokenAsync(refreshToken, cancellationToken).ConfigureAwait(false);
        return new PlatformToken(token.AccessToken, token.ExpiresAt, token.RefreshToken, RefreshExpiresAt: null);
    }

    public ShipPlatform ShipPlatform => ShipPlatform.Douyin;

    public async Task<ShipAnswer> ShipAsync(string accessToken, PlatformShipment shipment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(shipment);
        await client.LogisticsAddAsync(accessToken, shipment.PlatformOrderId, shipment.CarrierCode, shipment.Waybill, cancellationToken).ConfigureAwait(false);
        return ShipAnswer.Shipped;
    }

    private static PlatformListing Listing(DouyinShopOrder order, bool full) =>
        new(order.OrderId, order.UpdateTime, order.CreateTime, order.State, full ? order.ToUpdate() : null);
}
