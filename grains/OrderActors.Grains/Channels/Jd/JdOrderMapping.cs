using OrderActors.GrainInterfaces.Orders;

namespace OrderActors.Grains.Channels.Jd;

/// <summary>A JD order (full detail) as the order grain takes it. Validation is the order's: nothing is guessed here.</summary>
internal static class JdOrderMapping
{
    /// <summary>
    /// Lines by the seller's SKU code (outerSkuId, else the ware's productNo), unit price jdPrice in fen;
    /// the receiver as JD names the places; paid at paymentConfirmTime (the modified time when JD has none
    /// yet, e.g. cash on delivery). JD's order APIs carry no refund status (after-sales are separate APIs),
    /// so a refund shows here only as the order state JD moves the order to (TRADE_CANCELED).
    /// </summary>
    public static PlatformOrderUpdate ToUpdate(this JdOrder order)
    {
        var consignee = order.Consignee;
        var submit = new SubmitOrder(
            [.. (order.Items ?? []).Select(i => new OrderLine(i.OuterSkuId ?? i.ProductNo ?? string.Empty, i.Quantity, i.JdPriceFen ?? 0))],
            new ShippingAddress(
                consignee?.Fullname ?? string.Empty,
                consignee?.Mobile ?? consignee?.Telephone ?? string.Empty,
                consignee?.Province ?? string.Empty,
                consignee?.City ?? string.Empty,
                consignee?.County,
                consignee?.FullAddress ?? string.Empty),
            order.PaidAt ?? order.Modified,
            ShortfallPolicy.Backorder);
        return new PlatformOrderUpdate(order.Modified, order.MappedStatus.State.ToString(), order.OrderState, submit);
    }
}
