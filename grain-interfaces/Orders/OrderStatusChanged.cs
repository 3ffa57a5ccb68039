namespace OrderActors.GrainInterfaces.Orders;

/// <summary>
/// Published on the order status stream after the change is durable. Delivery is at least once:
/// consumers drop versions they have seen and re-read the order when versions are missing.
/// <see cref="DelayReasons"/> are the exception codes recorded while the order was in the step this change ends
/// (WMS exceptions, carrier problems, a wait for approval), for stage analytics.
/// </summary>
[GenerateSerializer, Immutable, Alias("oa.OrderStatusChanged")]
public sealed record OrderStatusChanged(
    [property: Id(0)] string OrderId,
    [property: Id(1)] int Version,
    [property: Id(2)] OrderStatus Status,
    [property: Id(3)] DateTimeOffset At,
    [property: Id(4)] string? Warehouse,
    [property: Id(5)] string? Carrier = null,
    System.Collections.Immutable.ImmutableArray<string> DelayReasons = default)
{
    /// <summary>Never default: a message from before the field existed, or built without it, carries none.</summary>
    [Id(6)]
    public System.Collections.Immutable.ImmutableArray<string> DelayReasons { get; init; } = DelayReasons.IsDefault ? [] : DelayReasons;
}
