namespace OrderActors.GrainInterfaces.Orders;

/// <summary>
/// A search over the order read model, newest first (by paid time, else created time). <see cref="Text"/> matches
/// an order id, platform order id or waybill number exactly, or a four-digit phone tail. Paging is by keyset:
/// <see cref="AfterPlacedAt"/> and <see cref="AfterOrderId"/> are the last row of the previous page.
/// </summary>
[GenerateSerializer, Immutable, Alias("oa.OrderSearchQuery")]
public sealed record OrderSearchQuery(
    [property: Id(0)] string? Text,
    [property: Id(1)] OrderStatus? Status,
    [property: Id(2)] string? Channel,
    [property: Id(3)] string? Shop,
    [property: Id(4)] DateTimeOffset? From,
    [property: Id(5)] DateTimeOffset? To,
    [property: Id(6)] DateTimeOffset? AfterPlacedAt,
    [property: Id(7)] string? AfterOrderId,
    [property: Id(8)] int Limit);
