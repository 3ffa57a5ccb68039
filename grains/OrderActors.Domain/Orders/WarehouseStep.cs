namespace OrderActors.Domain.Orders;

/// <summary>The warehouse's steps for one order, in the order they must happen.</summary>
public enum WarehouseStep
{
    Picked = 0,
    Packed = 1,
    OutboundScan = 2,
}
