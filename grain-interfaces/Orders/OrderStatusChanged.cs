namespace OrderActors.GrainInterfaces.Orders;

/// <summary>
/// Published on the order status stream after the change is durable. Delivery is at least once:
/// consumers drop versions they have seen and re-read the order when versions are missing.
/// </summary>
[GenerateSerializer, Immutable, Alias("oa.OrderStatusChanged")]
public sealed record OrderStatusChanged(
    [property: Id(0)] string OrderId,
    [property: Id(1)] int Version,
    [property: Id(2)] OrderStatus Status,
    [property: Id(3)] DateTimeOffset At,
    [property: Id(4)] string? Warehouse);
