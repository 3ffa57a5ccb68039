using OrderActors.Domain.Channels;
using OrderActors.Domain.Fulfilment;
using OrderActors.GrainInterfaces.Orders;

namespace OrderActors.Grains.Channels.Pinduoduo;

/// <summary>
/// Pinduoduo for the connector: <c>pdd.order.number.list.increment.get</c> lists by updated_at in
/// windows of at most 30 minutes, paged from the last page backwards as Pinduoduo requires; its
/// elements are whole orders, so they go to the order grain without a detail call
/// (<c>pdd.order.information.get</c> is used only when an element comes without items or receiver);
/// <c>pdd.order.list.get</c> counts by confirm time for reconciliation; tokens are refreshed with the
/// gateway method <c>pdd.pop.auth.token.refresh</c>.
/// </summary>
internal sealed class PddAdapter(PddClient client, PddReceiverText receiverText = PddReceiverText.Ciphertext) : IPlatformAdapter
{
    public PullWindowRules Rules => PlatformPullRules.Pinduoduo;

    public int PageSize => PddClient.MaxPageSize;

    public PagingDirection Paging => PagingDirection.Backward;

    public async Task<PlatformPage> ListModifiedAsync(string accessToken, PullWindow window, int page, CancellationToken cancellationToken = default)
    {
        // use_has_next=false: backward paging needs total_count, which Pinduoduo leaves out otherwise.
        var data = await client.GetIncrementAsync(accessToken, window, page, PageSize, useHasNext: false, cancellationToken).ConfigureAwait(false);
        return new PlatformPage([.. data.Orders.Select(o => Listing(o, withFull: true))], data.TotalCount, data.HasNext);
    }

    public async Task<PlatformOrderUpdate> GetOrderAsync(string accessToken, PlatformListing listing, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(listing);
        if (listing.Full is { } full)
        {
            return full;
        }

        var order = await client.GetInformationAsync(accessToken, listing.PlatformOrderId, cancellationToken).ConfigureAwait(false);
        return order.ToUpdate(receiverText);
    }

    /// <summary>
    /// By confirm time (Pinduoduo has no query by creation time), in slices of at most 24 hours, each
    /// paged forwards with has_next. Both bounds are inclusive, so an order confirmed on a slice edge
    /// comes twice: it is counted once.
    /// </summary>
    public async Task<IReadOnlyList<PlatformListing>> ListCreatedAsync(string accessToken, PullWindow period, CancellationToken cancellationToken = default)
    {
        if (period.End <= period.Start)
        {
            throw new ArgumentException("The period must end after it starts.", nameof(period));
        }

        var all = new List<PlatformListing>();
        for (var start = period.Start; start < period.End; start += PddClient.MaxConfirmWindow)
        {
            var end = start + PddClient.MaxConfirmWindow < period.End ? start + PddClient.MaxConfirmWindow : period.End;
            for (var page = 1; ; page++)
            {
                var data = await client.GetListByConfirmTimeAsync(accessToken, new PullWindow(start, end), page, PageSize, useHasNext: true, cancellationToken).ConfigureAwait(false);
                all.AddRange(data.Orders.Select(o => Listing(o, withFull: false)));
                if (!data.HasNext || data.Orders.Count == 0)
                {
                    break;
                }
            }
        }

        return [.. all.DistinctBy(l => l.PlatformOrderId, StringComparer.Ordinal)];
    }

    public async Task<PlatformToken> RefreshAsync(string refreshToken, CancellationToken cancellationToken = default)
    {
        var token = await client.RefreshTokenAsync(refreshToken, cancellationToken).ConfigureAwait(false);
        return new PlatformToken(token.AccessToken, token.ExpiresAt, token.RefreshToken, token.RefreshExpiresAt);
    }

    public ShipPlatform ShipPlatform => ShipPlatform.Pinduoduo;

    public async Task<ShipAnswer> ShipAsync(string accessToken, PlatformShipment shipment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(shipment);
        await client.OnlineSendAsync(accessToken, shipment.PlatformOrderId, shipment.CarrierCode, shipment.Waybill, cancellationToken).ConfigureAwait(false);
        return ShipAnswer.Shipped;
    }

    private PlatformListing Listing(PddOrder order, bool withFull) =>
        new(order.OrderSn, order.UpdatedAt, order.CreatedTime, order.State, withFull && order.IsComplete ? order.ToUpdate(receiverText) : null);
}
