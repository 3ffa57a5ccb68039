using OrderActors.Domain.Channels;
using OrderActors.Domain.Fulfilment;
using OrderActors.GrainInterfaces.Orders;

namespace OrderActors.Grains.Channels;

/// <summary>
/// One marketplace's open API as the connector needs it: list the orders modified in a window a page
/// at a time, read an order in full, count what was created in a period, refresh a token. An adapter
/// speaks the platform's documented wire protocol (method names, parameters, signing, response shapes,
/// error codes) so that pointing at the real platform is configuration. Failures are
/// <see cref="PlatformCallException"/>s classified by the domain's error tables; an adapter never
/// retries by itself (the connector owns retries, backoff and the circuit breaker).
/// </summary>
internal interface IPlatformAdapter
{
    /// <summary>Window length, overlap, lookback and settle lag for this platform's incremental API.</summary>
    PullWindowRules Rules { get; }

    /// <summary>The largest page the list call accepts; the connector asks for this many.</summary>
    int PageSize { get; }

    /// <summary>Backward when the platform advises paging from the last page to the first (Taobao,
    /// Pinduoduo); forward otherwise. Backward paging needs the total from the first call.</summary>
    PagingDirection Paging { get; }

    /// <summary>One page (1-based; an adapter whose platform counts from 0 translates) of the orders modified in <paramref name="window"/>.</summary>
    Task<PlatformPage> ListModifiedAsync(string accessToken, PullWindow window, int page, CancellationToken cancellationToken = default);

    /// <summary>
    /// The order in full, as the order grain takes it. When the listing already carries everything
    /// (<see cref="PlatformListing.Full"/>), an adapter may return it without a call.
    /// </summary>
    Task<PlatformOrderUpdate> GetOrderAsync(string accessToken, PlatformListing listing, CancellationToken cancellationToken = default);

    /// <summary>
    /// Every order created in <paramref name="period"/> (all pages), by the platform's own count: what
    /// weekly reconciliation compares with what the system received. Uses the platform's query by
    /// creation time where it has one.
    /// </summary>
    Task<IReadOnlyList<PlatformListing>> ListCreatedAsync(string accessToken, PullWindow period, CancellationToken cancellationToken = default);

    /// <summary>Exchanges a refresh token for a new pair at the platform's token endpoint.</summary>
    Task<PlatformToken> RefreshAsync(string refreshToken, CancellationToken cancellationToken = default);

    /// <summary>Which column of <see cref="CarrierCodes"/> names carriers for this platform's ship call.</summary>
    ShipPlatform ShipPlatform { get; }

    /// <summary>
    /// The platform's ship call: the order left with this carrier (already in the platform's code) and
    /// waybill. A refusal retrying cannot fix (order cancelled or refunded, waybill or carrier refused,
    /// shipped with another waybill) is a <see cref="PlatformCallException"/> of class Permanent.
    /// </summary>
    Task<ShipAnswer> ShipAsync(string accessToken, PlatformShipment shipment, CancellationToken cancellationToken = default);
}

/// <summary>One ship call's content, the carrier already translated to the platform's code.</summary>
internal sealed record PlatformShipment(string PlatformOrderId, string CarrierCode, string Waybill, DateTimeOffset ShippedAt);

/// <summary>How a platform took a ship call.</summary>
internal enum ShipAnswer
{
    /// <summary>Accepted now (or accepted again: platforms that take an exact repeat answer it like the first).</summary>
    Shipped = 0,

    /// <summary>The platform said it already had this very shipment.</summary>
    AlreadyShipped = 1,
}

internal enum PagingDirection
{
    Forward = 0,
    Backward = 1,
}

/// <summary>One page of a list call, in the order the platform sent it.</summary>
/// <param name="TotalResults">The number of orders in the whole window when the platform says so (needed for backward paging).</param>
/// <param name="HasNext">Whether another page follows.</param>
internal sealed record PlatformPage(IReadOnlyList<PlatformListing> Orders, long? TotalResults, bool HasNext);

/// <summary>
/// An order as a list call showed it.
/// </summary>
/// <param name="PlatformOrderId">The platform's order number (tid, order_sn, orderId, shop_order_id).</param>
/// <param name="ModifiedAt">The platform's modified time: the order's version.</param>
/// <param name="CreatedAt">When the order was created on the platform, when the list says.</param>
/// <param name="State">The platform status mapped to <c>PlatformOrderState</c> (its name), for counting.</param>
/// <param name="Full">The whole order when the list already carries everything the order grain needs;
/// null when the detail has to be fetched (the list is partial, or addresses come masked).</param>
internal sealed record PlatformListing(
    string PlatformOrderId,
    DateTimeOffset ModifiedAt,
    DateTimeOffset? CreatedAt,
    PlatformOrderState State,
    PlatformOrderUpdate? Full = null);

/// <summary>A refreshed token pair, expiries as instants on the caller's clock.</summary>
/// <param name="RefreshToken">Null when the platform sent none: keep using the old one.</param>
internal sealed record PlatformToken(string AccessToken, DateTimeOffset ExpiresAt, string? RefreshToken, DateTimeOffset? RefreshExpiresAt);
