using System.Globalization;
using OrderActors.Domain.Channels;
using OrderActors.Domain.Fulfilment;
using OrderActors.GrainInterfaces.Orders;

namespace OrderActors.Grains.Channels.Taobao;

/// <summary>
/// TOP for the connector: <c>taobao.trades.sold.increment.get</c> lists by modified time (partial
/// trades, so every listed trade is read again with <c>taobao.trade.fullinfo.get</c>), paged from the
/// last page backwards as TOP advises; <c>taobao.trades.sold.get</c> counts by creation time.
/// </summary>
internal sealed class TopAdapter(TopClient client) : IPlatformAdapter
{
    public PullWindowRules Rules => PlatformPullRules.Taobao;

    public int PageSize => TopClient.MaxPageSize;

    public PagingDirection Paging => PagingDirection.Backward;

    public async Task<PlatformPage> ListModifiedAsync(string accessToken, PullWindow window, int page, CancellationToken cancellationToken = default)
    {
        var data = await client.GetSoldIncrementAsync(accessToken, window, page, PageSize, useHasNext: false, cancellationToken: cancellationToken).ConfigureAwait(false);
        return new PlatformPage([.. data.Trades.Select(Listing)], data.TotalResults, data.HasNext);
    }

    public async Task<PlatformOrderUpdate> GetOrderAsync(string accessToken, PlatformListing listing, CancellationToken cancellationToken = default)
    {
        var tid = long.Parse(listing.PlatformOrderId, NumberStyles.None, CultureInfo.InvariantCulture);
        var trade = await client.GetFullInfoAsync(accessToken, tid, cancellationToken: cancellationToken).ConfigureAwait(false);
        return trade.ToUpdate();
    }

    public async Task<IReadOnlyList<PlatformListing>> ListCreatedAsync(string accessToken, PullWindow period, CancellationToken cancellationToken = default)
    {
        var all = new List<PlatformListing>();
        for (var page = 1; ; page++)
        {
            var data = await client.GetSoldAsync(accessToken, period, page, PageSize, cancellationToken).ConfigureAwait(false);
            all.AddRange(data.Trades.Select(Listing));
            if (!data.HasNext || data.Trades.Count == 0)
            {
                return all;
            }
        }
    }

    public async Task<PlatformToken> RefreshAsync(string refreshToken, CancellationToken cancellationToken = default)
    {
        var token = await client.RefreshTokenAsync(refreshToken, cancellationToken).ConfigureAwait(false);
        return new PlatformToken(token.AccessToken, token.ExpiresAt, token.RefreshToken, token.RefreshExpiresAt);
    }

    public ShipPlatform ShipPlatform => ShipPlatform.Taobao;

    public async Task<ShipAnswer> ShipAsync(string accessToken, PlatformShipment shipment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(shipment);
        var tid = long.Parse(shipment.PlatformOrderId, NumberStyles.None, CultureInfo.InvariantCulture);
        await client.ConsignOfflineAsync(accessToken, tid, shipment.Waybill, shipment.CarrierCode, cancellationToken).ConfigureAwait(false);
        return ShipAnswer.Shipped;
    }

    private static PlatformListing Listing(TopTrade trade) =>
        new(trade.Tid.ToString(CultureInfo.InvariantCulture), trade.Modified, trade.Created, trade.MappedStatus.State);
}
