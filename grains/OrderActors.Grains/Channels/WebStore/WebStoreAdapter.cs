using OrderActors.Domain.Channels;
using OrderActors.Domain.Channels.WebStore;
using OrderActors.Domain.Fulfilment;
using OrderActors.GrainInterfaces.Orders;

namespace OrderActors.Grains.Channels.WebStore;

/// <summary>
/// The own web store's pull fallback for the connector (the webhook is the main road): <c>GET orders</c>
/// by updated time lists full orders (so every listing carries <see cref="PlatformListing.Full"/> and no
/// detail call is made), paged from the last page backwards as the contract advises; by created time
/// it counts for reconciliation, paged forwards (a creation time never changes, so nothing shifts).
/// </summary>
internal sealed class WebStoreAdapter(WebStoreClient client) : IPlatformAdapter
{
    public PullWindowRules Rules => PlatformPullRules.WebStore;

    public int PageSize => WebStoreClient.MaxPageSize;

    public PagingDirection Paging => PagingDirection.Backward;

    public async Task<PlatformPage> ListModifiedAsync(string accessToken, PullWindow window, int page, CancellationToken cancellationToken = default)
    {
        var data = await client.ListUpdatedAsync(accessToken, window, page, PageSize, cancellationToken).ConfigureAwait(false);
        return new PlatformPage([.. data.Orders.Select(Listing)], data.Total, data.HasNext);
    }

    public async Task<PlatformOrderUpdate> GetOrderAsync(string accessToken, PlatformListing listing, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(listing);
        return listing.Full ?? (await client.GetOrderAsync(accessToken, listing.PlatformOrderId, cancellationToken).ConfigureAwait(false)).ToUpdate();
    }

    public async Task<IReadOnlyList<PlatformListing>> ListCreatedAsync(string accessToken, PullWindow period, CancellationToken cancellationToken = default)
    {
        // One query spans at most 24 hours: a week is seven of them.
        var all = new List<PlatformListing>();
        for (var start = period.Start; start < period.End; start += WebStoreProtocol.MaxWindow)
        {
            var end = start + WebStoreProtocol.MaxWindow < period.End ? start + WebStoreProtocol.MaxWindow : period.End;
            for (var page = 1; ; page++)
            {
                var data = await client.ListCreatedAsync(accessToken, new PullWindow(start, end), page, PageSize, cancellationToken).ConfigureAwait(false);
                all.AddRange(data.Orders.Select(Listing));
                if (!data.HasNext || data.Orders.Count == 0)
                {
                    break;
                }
            }
        }

        // Both ends of a query are inclusive: an order created exactly on a day boundary is listed twice.
        return [.. all.DistinctBy(l => l.PlatformOrderId, StringComparer.Ordinal)];
    }

    public Task<PlatformToken> RefreshAsync(string refreshToken, CancellationToken cancellationToken = default) =>
        client.RefreshTokenAsync(refreshToken, cancellationToken);

    public ShipPlatform ShipPlatform => ShipPlatform.WebStore;

    public Task<ShipAnswer> ShipAsync(string accessToken, PlatformShipment shipment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(shipment);
        return client.ShipAsync(accessToken, shipment.PlatformOrderId, shipment.CarrierCode, shipment.Waybill, shipment.ShippedAt, cancellationToken);
    }

    private static PlatformListing Listing(WebStoreOrder order) =>
        new(order.Id, order.UpdatedAt, order.CreatedAt, order.MappedStatus.State, order.ToUpdate());
}
