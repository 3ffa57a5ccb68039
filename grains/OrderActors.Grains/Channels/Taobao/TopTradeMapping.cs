using OrderActors.GrainInterfaces.Orders;

namespace OrderActors.Grains.Channels.Taobao;

/// <summary>A TOP trade (full detail) as the order grain takes it. Validation is the order's: nothing is guessed here.</summary>
internal static class TopTradeMapping
{
    public static PlatformOrderUpdate ToUpdate(this TopTrade trade)
    {
        var receiver = trade.Receiver;
        var order = new SubmitOrder(
            [.. trade.Lines.Select(l => new OrderLine(l.OuterSkuId ?? l.OuterIid ?? string.Empty, l.Quantity, l.PriceFen ?? 0))],
            new ShippingAddress(
                receiver?.Name ?? string.Empty,
                receiver?.Mobile ?? receiver?.Phone ?? string.Empty,
                receiver?.State ?? string.Empty,
                receiver?.City ?? string.Empty,
                receiver?.District,
                receiver?.Address ?? string.Empty),
            trade.PayTime ?? trade.Modified,
            ShortfallPolicy.Backorder);
        return new PlatformOrderUpdate(trade.Modified, trade.MappedStatus.State.ToString(), trade.Status, order, trade.Created);
    }
}
