using System.Collections.Frozen;

namespace OrderActors.Domain.Channels.WebStore;

/// <summary>
/// The own web store's order <c>status</c> values (lowercase, exact) → state. The store has a single
/// status field; refunds are statuses too. Defined by our contract (docs/channels-webstore.md), not
/// taken from a platform. An unknown value is Unknown with the raw value kept: the pull passes it on
/// like any platform's new code, while the webhook refuses it (422), since the store is ours to fix.
/// </summary>
public static class WebStoreStatusMap
{
    public static IReadOnlyDictionary<string, PlatformOrderState> Statuses { get; } =
        new Dictionary<string, PlatformOrderState>(StringComparer.Ordinal)
        {
            ["pending_payment"] = PlatformOrderState.AwaitingPayment,    // placed, not paid: not recorded until paid
            ["paid"] = PlatformOrderState.Paid,                          // paid, nothing shipped: the OMS records and routes it
            ["on_hold"] = PlatformOrderState.OnHold,                     // the store holds it (fraud review, address check)
            ["partially_shipped"] = PlatformOrderState.PartiallyShipped, // some lines left the seller
            ["shipped"] = PlatformOrderState.Shipped,                    // everything left the seller
            ["delivered"] = PlatformOrderState.Delivered,                // the carrier or the buyer confirmed receipt
            ["completed"] = PlatformOrderState.Completed,                // finished, nothing more will happen
            ["cancelled"] = PlatformOrderState.Cancelled,                // cancelled before shipping (by buyer, seller or payment timeout)
            ["refund_requested"] = PlatformOrderState.RefundRequested,   // the buyer asked for money back; do not ship until it is settled
            ["refunded"] = PlatformOrderState.Closed,                    // the whole order's money went back: closed, like Taobao's TRADE_CLOSED
        }.ToFrozenDictionary(StringComparer.Ordinal);

    public static PlatformStatus Map(string? status) => PlatformStatus.From(Statuses, status);

    /// <summary>Whether the status says the buyer paid, so the order must say when (<c>paid_at</c>).</summary>
    public static bool ImpliesPayment(PlatformOrderState state) => state is PlatformOrderState.Paid
        or PlatformOrderState.OnHold or PlatformOrderState.PartiallyShipped or PlatformOrderState.Shipped
        or PlatformOrderState.Delivered or PlatformOrderState.Completed
        or PlatformOrderState.RefundRequested or PlatformOrderState.Closed;
}
