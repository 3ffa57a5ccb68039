using OrderActors.Domain.Channels;
using OrderActors.Domain.Channels.Jd;
using OrderActors.Domain.Fulfilment;
using OrderActors.GrainInterfaces.Orders;

namespace OrderActors.Grains.Channels.Jd;

/// <summary>
/// JOS for the connector: <c>jingdong.pop.order.search</c> with dateType=0 lists by modified time and
/// asks for every field the order grain needs, so a listing is complete and needs no second call; a
/// listing that comes back without its items or receiver is read again with <c>jingdong.pop.order.get</c>.
/// The same search with dateType=1 counts by creation time.
/// </summary>
/// <remarks>
/// Paging goes from the last page backwards. JD does not prescribe a direction (it advises short time
/// windows and few pages), but its search pages by offset like TOP's: an order that leaves the window
/// while we page (it was modified again) moves every later order one place forward. Read front to back,
/// that skips an order; read back to front, the shifted order lands on a page not read yet and is read
/// twice, which newer-wins makes harmless. <c>orderTotal</c>, sent on every page, gives the last page.
/// </remarks>
internal sealed class JdAdapter(JosClient client) : IPlatformAdapter
{
    public PullWindowRules Rules => PlatformPullRules.Jd;

    public int PageSize => JosClient.MaxPageSize;

    public PagingDirection Paging => PagingDirection.Backward;

    public async Task<PlatformPage> ListModifiedAsync(string accessToken, PullWindow window, int page, CancellationToken cancellationToken = default)
    {
        var data = await client.SearchAsync(accessToken, window, JdDateType.Modified, page, PageSize, cancellationToken: cancellationToken).ConfigureAwait(false);
        return new PlatformPage([.. data.Orders.Select(Listing)], data.OrderTotal, data.HasNext);
    }

    public async Task<PlatformOrderUpdate> GetOrderAsync(string accessToken, PlatformListing listing, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(listing);
        if (listing.Full is { } full)
        {
            return full;
        }

        var order = await client.GetOrderAsync(accessToken, listing.PlatformOrderId, cancellationToken: cancellationToken).ConfigureAwait(false);
        return order.ToUpdate();
    }

    /// <summary>Searches by creation time, in ranges of at most JD's one month, every page, each order once.</summary>
    public async Task<IReadOnlyList<PlatformListing>> ListCreatedAsync(string accessToken, PullWindow period, CancellationToken cancellationToken = default)
    {
        var all = new Dictionary<string, PlatformListing>(StringComparer.Ordinal);
        foreach (var range in JdSearchWindow.Split(period.Start, period.End))
        {
            for (var page = 1; ; page++)
            {
                var data = await client.SearchAsync(accessToken, range, JdDateType.Created, page, PageSize, JosClient.ListingFields, cancellationToken).ConfigureAwait(false);
                foreach (var order in data.Orders)
                {
                    all.TryAdd(order.OrderId, Listing(order));
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

    public ShipPlatform ShipPlatform => ShipPlatform.Jd;

    public async Task<ShipAnswer> ShipAsync(string accessToken, PlatformShipment shipment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(shipment);
        await client.ShipAsync(accessToken, shipment.PlatformOrderId, shipment.CarrierCode, shipment.Waybill, cancellationToken).ConfigureAwait(false);
        return ShipAnswer.Shipped;
    }

    private static PlatformListing Listing(JdOrder order) =>
        new(order.OrderId, order.Modified, order.Created, order.MappedStatus.State, order.IsComplete ? order.ToUpdate() : null);
}
