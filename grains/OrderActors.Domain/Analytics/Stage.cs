using OrderActors.Domain.Orders;

namespace OrderActors.Domain.Analytics;

/// <summary>One step of fulfilment whose duration is measured: from the status it starts in to the status that ends it.</summary>
public enum Stage
{
    /// <summary>Paid → Allocated: waiting for a warehouse.</summary>
    PaidToAllocated = 0,

    /// <summary>Allocated → Outbound: picking, packing and the outbound scan.</summary>
    AllocatedToOutbound = 1,

    /// <summary>Outbound → Shipped: waybill and hand-over to the carrier.</summary>
    OutboundToShipped = 2,

    /// <summary>Shipped → Delivered: the carrier's leg.</summary>
    ShippedToDelivered = 3,
}

/// <summary>The statuses each <see cref="Stage"/> runs between.</summary>
public static class Stages
{
    public static readonly Stage[] All = [Stage.PaidToAllocated, Stage.AllocatedToOutbound, Stage.OutboundToShipped, Stage.ShippedToDelivered];

    public static OrderStatus From(this Stage stage) => stage switch
    {
        Stage.PaidToAllocated => OrderStatus.Paid,
        Stage.AllocatedToOutbound => OrderStatus.Allocated,
        Stage.OutboundToShipped => OrderStatus.Outbound,
        _ => OrderStatus.Shipped,
    };

    public static OrderStatus To(this Stage stage) => stage switch
    {
        Stage.PaidToAllocated => OrderStatus.Allocated,
        Stage.AllocatedToOutbound => OrderStatus.Outbound,
        Stage.OutboundToShipped => OrderStatus.Shipped,
        _ => OrderStatus.Delivered,
    };
}
