namespace OrderActors.GrainInterfaces.Orders;

/// <summary>
/// One order as the search read model holds it: where it came from, where it stands, and the tail of the buyer's
/// phone. <see cref="PlacedAt"/> is the paid time, or the created time of an order not paid; results sort on it.
/// </summary>
[GenerateSerializer, Immutable, Alias("oa.OrderSearchHit")]
public sealed record OrderSearchHit(
    [property: Id(0)] string OrderId,
    [property: Id(1)] string Channel,
    [property: Id(2)] string Shop,
    [property: Id(3)] string PlatformOrderId,
    [property: Id(4)] OrderStatus Status,
    [property: Id(5)] int Version,
    [property: Id(6)] string? Warehouse,
    [property: Id(7)] string? Carrier,
    [property: Id(8)] string? WaybillNumber,
    [property: Id(9)] string? PhoneTail,
    [property: Id(10)] DateTimeOffset CreatedAt,
    [property: Id(11)] DateTimeOffset? PaidAt,
    [property: Id(12)] DateTimeOffset PlacedAt,
    [property: Id(13)] DateTimeOffset UpdatedAt);
