namespace OrderActors.GrainInterfaces.Fulfilment;

/// <summary>A WMS event an order refused, and what became of it.</summary>
/// <param name="Rejection">The order's reason code at the latest attempt (<c>OrderClosed</c>, <c>NotAllowedFromStatus</c> …).</param>
/// <param name="Attempts">Retries made from the review (the first delivery not counted).</param>
/// <param name="Resolution"><c>applied</c> (a retry went through) or <c>resolved</c> (closed by a person); null while open.</param>
[GenerateSerializer, Immutable, Alias("oa.WmsReview")]
public sealed record WmsReview(
    [property: Id(0)] long Id,
    [property: Id(1)] string Warehouse,
    [property: Id(2)] string EventId,
    [property: Id(3)] string OrderId,
    [property: Id(4)] WarehouseEventKind Kind,
    [property: Id(5)] DateTimeOffset At,
    [property: Id(6)] string Operator,
    [property: Id(7)] string Rejection,
    [property: Id(8)] string Detail,
    [property: Id(9)] DateTimeOffset OpenedAt,
    [property: Id(10)] int Attempts,
    [property: Id(11)] DateTimeOffset? LastAttemptAt,
    [property: Id(12)] DateTimeOffset? ClosedAt,
    [property: Id(13)] string? ClosedBy,
    [property: Id(14)] string? Resolution,
    [property: Id(15)] string? Note,
    [property: Id(16)] string? Device,
    [property: Id(17)] string? DelayReason)
{
    public bool Open => ClosedAt is null;
}
