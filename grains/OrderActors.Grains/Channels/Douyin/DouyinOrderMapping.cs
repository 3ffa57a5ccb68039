using OrderActors.Domain.Channels;
using OrderActors.GrainInterfaces.Orders;

namespace OrderActors.Grains.Channels.Douyin;

/// <summary>
/// A Douyin shop order as the order grain takes it. Validation is the order's: nothing is guessed here.
/// </summary>
/// <remarks>
/// Addresses: Douyin sends the receiver's name, phone and street detail only as ciphertext, and the
/// region names in clear. The update carries the ciphertext as it came (the platform's waybill and
/// print services take it; decrypting is a separate call, <c>order.batchDecrypt</c>, that this OMS
/// does not make), and the region names for routing. A line the platform has fully refunded is left out
/// when other lines remain, so a new order does not reserve stock for it; it is kept when it is the
/// only line, so the order still has its shape (the refund state keeps it from shipping).
/// </remarks>
internal static class DouyinOrderMapping
{
    public static PlatformOrderUpdate ToUpdate(this DouyinShopOrder order)
    {
        var receiver = order.Receiver;
        var live = order.Lines.Where(l => l.MappedAfterSale.State != PlatformRefundState.Refunded).ToList();
        var lines = live.Count > 0 ? live : [.. order.Lines];
        var submit = new SubmitOrder(
            [.. lines.Select(l => new OrderLine(l.SellerSku ?? string.Empty, l.ItemNum, l.OriginAmountFen ?? 0))],
            new ShippingAddress(
                receiver?.Name ?? string.Empty,
                receiver?.Phone ?? string.Empty,
                receiver?.Province ?? string.Empty,
                receiver?.City ?? string.Empty,
                receiver?.Town,
                receiver?.Detail ?? string.Empty),
            order.PayTime ?? order.UpdateTime,
            ShortfallPolicy.Backorder);
        return new PlatformOrderUpdate(order.UpdateTime, order.State.ToString(), order.RawStatus, submit);
    }
}
