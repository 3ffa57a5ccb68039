using OrderActors.Domain.Channels;
using OrderActors.Domain.Channels.WebStore;

namespace OrderActors.Grains.Channels.WebStore;

/// <summary>
/// One order of the own web store as its JSON says (docs/channels-webstore.md, "The order object"): the
/// same object whether pushed to the webhook or listed by the order API. Identity and version are
/// always there; the rest is null (or empty) when the store left it out, never a made-up default.
/// </summary>
/// <param name="Id">The store's order id: the last part of the order id <c>web:{shop}:{id}</c>.</param>
/// <param name="Status">The store's status exactly as sent (<c>paid</c>, <c>shipped</c> …).</param>
/// <param name="UpdatedAt">The store's last change to the order: its version, newer wins.</param>
/// <param name="PaidAt">When the buyer paid; null while unpaid.</param>
/// <param name="TotalFen">What the buyer paid in all, in fen; informational.</param>
/// <param name="ShippingFen">Postage in fen; informational.</param>
internal sealed record WebStoreOrder(
    string Id,
    string Status,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? CreatedAt,
    DateTimeOffset? PaidAt,
    IReadOnlyList<WebStoreLine> Lines,
    WebStoreAddress? Address,
    long? TotalFen,
    long? ShippingFen)
{
    /// <summary>The status in the OMS vocabulary (Unknown with the raw value kept when the value is new).</summary>
    public PlatformStatus MappedStatus => WebStoreStatusMap.Map(Status);
}
