using OrderActors.Domain.Channels.WebStore;
using OrderActors.GrainInterfaces.Orders;

namespace OrderActors.Grains.Channels.WebStore;

/// <summary>A web store order as the order grain takes it. Validation is the order's: nothing is guessed here.</summary>
internal static class WebStoreOrderMapping
{
    public static PlatformOrderUpdate ToUpdate(this WebStoreOrder order)
    {
        var status = order.MappedStatus;
        var a = order.Address;

        // A paid order without paid_at only gets here from a pull (the webhook refuses it); its
        // updated_at is the latest the payment can have been, and keeps it recorded as paid.
        var paidAt = order.PaidAt ?? (WebStoreStatusMap.ImpliesPayment(status.State) ? order.UpdatedAt : null);
        var submit = new SubmitOrder(
            [.. order.Lines.Select(l => new OrderLine(l.Sku ?? string.Empty, l.Quantity, l.UnitPriceFen))],
            new ShippingAddress(
                a?.Recipient ?? string.Empty,
                a?.Phone ?? string.Empty,
                a?.Province ?? string.Empty,
                a?.City ?? string.Empty,
                a?.District,
                a?.Detail ?? string.Empty),
            paidAt,
            ShortfallPolicy.Backorder);
        return new PlatformOrderUpdate(order.UpdatedAt, status.State.ToString(), order.Status, submit);
    }
}
