using System.Collections.Immutable;

namespace OrderActors.GrainInterfaces.Orders;

/// <summary>An order as the cluster holds it. <see cref="Warehouse"/> names the shipping warehouses ("SH1+GZ1" for a split).
/// For a marketplace order, <see cref="PlatformStatus"/> and <see cref="PlatformModifiedAt"/> are the platform's raw status and
/// modified time of the newest copy applied. <see cref="Fulfilment"/> holds the warehouse steps, the waybill request and the approval.</summary>
[GenerateSerializer, Immutable, Alias("oa.OrderView")]
public sealed record OrderView(
    [property: Id(0)] string Id,
    [property: Id(1)] OrderStatus Status,
    [property: Id(2)] int Version,
    [property: Id(3)] ImmutableArray<OrderLine> Lines,
    [property: Id(4)] ShippingAddress Address,
    [property: Id(5)] string? ProvinceCode,
    [property: Id(6)] DateTimeOffset CreatedAt,
    [property: Id(7)] DateTimeOffset? PaidAt,
    [property: Id(8)] string? Warehouse,
    [property: Id(9)] bool Backordered,
    [property: Id(10)] string? Carrier,
    [property: Id(11)] string? WaybillNumber,
    [property: Id(12)] string? OutboundScanId,
    [property: Id(13)] string? CancelReason,
    [property: Id(14)] ImmutableArray<OrderHistoryEntry> History,
    [property: Id(15)] ImmutableArray<Routing.PackageView> Packages,
    [property: Id(16)] ImmutableArray<Routing.StockReservationView> Reservations,
    [property: Id(17)] DateTimeOffset? PaymentDueAt,
    [property: Id(18)] string? PlatformStatus,
    [property: Id(19)] DateTimeOffset? PlatformModifiedAt,
    [property: Id(20)] Fulfilment.FulfilmentView? Fulfilment = null);
