namespace OrderActors.GrainInterfaces.Returns;

/// <summary>A return as the queue and reports list it (table <c>returns</c>).</summary>
[GenerateSerializer, Immutable, Alias("oa.ReturnSummary")]
public sealed record ReturnSummary(
    [property: Id(0)] string ReturnId,
    [property: Id(1)] string OrderId,
    [property: Id(2)] ReturnStatus Status,
    [property: Id(3)] ReturnSource Source,
    [property: Id(4)] string? PlatformReturnId,
    [property: Id(5)] string? Warehouse,
    [property: Id(6)] ReturnReason Reason,
    [property: Id(7)] RefundStatus Refund,
    [property: Id(8)] long RefundFen,
    [property: Id(9)] int Units,
    [property: Id(10)] int PassedUnits,
    [property: Id(11)] int FailedUnits,
    [property: Id(12)] DateTimeOffset RequestedAt,
    [property: Id(13)] DateTimeOffset? ReceivedAt,
    [property: Id(14)] DateTimeOffset? InspectedAt,
    [property: Id(15)] DateTimeOffset? CancelledAt,
    [property: Id(16)] DateTimeOffset UpdatedAt);
