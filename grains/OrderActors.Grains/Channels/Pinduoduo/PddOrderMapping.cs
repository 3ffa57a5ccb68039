using OrderActors.GrainInterfaces.Orders;

namespace OrderActors.Grains.Channels.Pinduoduo;

/// <summary>A Pinduoduo order (with items and receiver) as the order grain takes it. Validation is the order's: nothing is guessed here.</summary>
internal static class PddOrderMapping
{
    public static PlatformOrderUpdate ToUpdate(this PddOrder order, PddReceiverText receiverText)
    {
        var r = order.Receiver;
        var submit = new SubmitOrder(
            [.. order.Items.Select(i => new OrderLine(i.OuterId ?? i.OuterGoodsId ?? string.Empty, i.Quantity, i.GoodsPriceFen ?? 0))],
            new ShippingAddress(
                Pick(r?.Name, r?.NameMask, receiverText),
                Pick(r?.Phone, r?.PhoneMask, receiverText),
                r?.Province ?? string.Empty,
                r?.City ?? string.Empty,
                r?.Town,
                Pick(r?.Address, r?.AddressMask, receiverText)),
            order.PayTime ?? order.ConfirmTime ?? order.UpdatedAt,
            ShortfallPolicy.Backorder);
        return new PlatformOrderUpdate(order.UpdatedAt, order.State.ToString(), order.RawStatus, submit);
    }

    private static string Pick(string? ciphertext, string? masked, PddReceiverText receiverText) =>
        (receiverText == PddReceiverText.Ciphertext ? ciphertext ?? masked : masked) ?? string.Empty;
}
