namespace OrderActors.Domain.Channels;

/// <summary>
/// How an order status and a refund status on the same platform order combine into the one state
/// the OMS acts on. Platforms report them separately (Pinduoduo's order_status is only the shipping
/// state; Taobao's refund status sits on each sub-order), so the combination is a rule of ours.
/// </summary>
public static class PlatformStatusRules
{
    /// <summary>
    /// A refund in progress or paid out outranks any live state, because the seller must not ship
    /// (or must intercept) while it is open; a closed, cancelled or unknown order state is never
    /// overridden, so a refund never hides a terminal or unrecognised platform state.
    /// </summary>
    public static PlatformOrderState Effective(PlatformStatus order, PlatformRefundStatus refund)
    {
        var isLive = order.State is PlatformOrderState.AwaitingPayment or PlatformOrderState.Paid
            or PlatformOrderState.PartiallyShipped or PlatformOrderState.Shipped
            or PlatformOrderState.Delivered or PlatformOrderState.OnHold;
        if (!isLive)
        {
            return order.State;
        }

        return refund.State switch
        {
            PlatformRefundState.InProgress => PlatformOrderState.RefundRequested,
            PlatformRefundState.Refunded => PlatformOrderState.Refunded,
            _ => order.State,
        };
    }
}
