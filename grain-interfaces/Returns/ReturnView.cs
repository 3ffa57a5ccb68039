using System.Collections.Immutable;

namespace OrderActors.GrainInterfaces.Returns;

/// <summary>
/// A return as its grain holds it. <see cref="GoodsValueFen"/> is the returned units at the order's unit prices, the
/// ceiling of a refund. <see cref="StockBooked"/> turns true once the QC verdict is durable in the stock cells.
/// </summary>
[GenerateSerializer, Immutable, Alias("oa.ReturnView")]
public sealed record ReturnView(
    [property: Id(0)] string Id,
    [property: Id(1)] string OrderId,
    [property: Id(2)] ReturnSource Source,
    [property: Id(3)] string? PlatformReturnId,
    [property: Id(4)] string RequestId,
    [property: Id(5)] ReturnStatus Status,
    [property: Id(6)] ImmutableArray<ReturnLineView> Lines,
    [property: Id(7)] ReturnReason Reason,
    [property: Id(8)] string? ReasonText,
    [property: Id(9)] string? Warehouse,
    [property: Id(10)] long GoodsValueFen,
    [property: Id(11)] RefundStatus Refund,
    [property: Id(12)] long RefundFen,
    [property: Id(13)] bool StockBooked,
    [property: Id(14)] DateTimeOffset RequestedAt,
    [property: Id(15)] DateTimeOffset? ReceivedAt,
    [property: Id(16)] DateTimeOffset? InspectedAt,
    [property: Id(17)] DateTimeOffset? CancelledAt,
    [property: Id(18)] ImmutableArray<ReturnHistoryEntry> History);
