namespace OrderActors.GrainInterfaces.Orders;

/// <summary>Status of an order as the contract carries it; mirrors the domain's lifecycle value for value.</summary>
[GenerateSerializer, Alias("oa.OrderStatus")]
public enum OrderStatus
{
    Created = 0,
    Paid = 1,
    Allocated = 2,
    Outbound = 3,
    Shipped = 4,
    Delivered = 5,
    Completed = 6,
    Cancelled = 7,
}
