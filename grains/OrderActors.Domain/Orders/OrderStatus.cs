namespace OrderActors.Domain.Orders;

/// <summary>Where an order stands in fulfilment. Names follow the glossary in DESIGN.md.</summary>
public enum OrderStatus
{
    /// <summary>Recorded, not yet paid (own-store checkout awaiting payment).</summary>
    Created = 0,

    /// <summary>Paid (已支付): waiting for a warehouse.</summary>
    Paid = 1,

    /// <summary>Allocated (已配货): stock reserved in a warehouse.</summary>
    Allocated = 2,

    /// <summary>Outbound (已出库): the warehouse scanned the parcel out.</summary>
    Outbound = 3,

    /// <summary>Shipped (已发货): waybill bound and outbound scan recorded; with the carrier.</summary>
    Shipped = 4,

    /// <summary>Delivered (签收): the carrier reported delivery.</summary>
    Delivered = 5,

    /// <summary>Completed (已完成): closed, no further change expected.</summary>
    Completed = 6,

    /// <summary>Cancelled before it left the warehouse.</summary>
    Cancelled = 7,
}
