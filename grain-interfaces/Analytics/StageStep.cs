namespace OrderActors.GrainInterfaces.Analytics;

/// <summary>
/// One step's figures in seconds: mean (rounded to the millisecond) and nearest-rank p50 and p90; null when <see cref="Count"/> is 0.
/// <see cref="Step"/> is PaidToAllocated, AllocatedToOutbound, OutboundToShipped or ShippedToDelivered.
/// </summary>
[GenerateSerializer, Immutable, Alias("oa.StageStep")]
public sealed record StageStep(
    [property: Id(0)] string Step,
    [property: Id(1)] Orders.OrderStatus From,
    [property: Id(2)] Orders.OrderStatus To,
    [property: Id(3)] int Count,
    [property: Id(4)] double? MeanSeconds,
    [property: Id(5)] double? P50Seconds,
    [property: Id(6)] double? P90Seconds);
