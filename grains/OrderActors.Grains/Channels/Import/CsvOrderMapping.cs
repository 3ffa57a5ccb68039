using OrderActors.Domain.Channels.Import;
using OrderActors.GrainInterfaces.Channels;
using OrderActors.GrainInterfaces.Orders;

namespace OrderActors.Grains.Channels.Import;

/// <summary>An order read from an import file as the order grain takes it: the same update a pull of that order makes.</summary>
internal static class CsvOrderMapping
{
    public static PlatformOrderUpdate ToUpdate(this CsvOrder order)
    {
        var r = order.Receiver;
        var submit = new SubmitOrder(
            [.. order.Lines.Select(l => new OrderLine(l.Sku, l.Quantity, l.UnitPriceFen))],
            new ShippingAddress(r.Name, r.Phone, r.Province, r.City, r.District, r.Address),
            // As the connectors do: a paid order without a payment time was paid by its last change at the latest.
            order.PaidAt ?? order.ModifiedAt,
            ShortfallPolicy.Backorder);
        return new PlatformOrderUpdate(order.ModifiedAt, order.State.ToString(), order.RawStatus, submit);
    }

    public static ImportLineError ToContract(this ImportError error) =>
        new(error.Line, error.Column, error.Code.ToString(), error.Message, error.PlatformOrderId);
}
