using OrderActors.GrainInterfaces.Orders;

namespace OrderActors.ClientApi.Orders;

/// <summary>One search result. <see cref="Phone"/> is masked (<c>*** **** 1234</c>): the API never shows the whole number.</summary>
public sealed record OrderSearchRow(
    string OrderId,
    string Channel,
    string Shop,
    string PlatformOrderId,
    OrderStatus Status,
    int Version,
    string? Warehouse,
    string? Carrier,
    string? WaybillNumber,
    string? Phone,
    DateTimeOffset CreatedAt,
    DateTimeOffset? PaidAt,
    DateTimeOffset PlacedAt,
    DateTimeOffset UpdatedAt)
{
    public static OrderSearchRow From(OrderSearchHit hit) => new(
        hit.OrderId, hit.Channel, hit.Shop, hit.PlatformOrderId, hit.Status, hit.Version, hit.Warehouse, hit.Carrier, hit.WaybillNumber,
        PhoneTail.Mask(hit.PhoneTail), hit.CreatedAt, hit.PaidAt, hit.PlacedAt, hit.UpdatedAt);
}
