namespace OrderActors.GrainInterfaces.Orders;

/// <summary>
/// Published on the order status stream after the change is durable. Delivery is at least once:
/// consumers drop versions they have seen and re-read the order when versions are missing.
/// <see cref="DelayReasons"/> are the exception codes recorded while the order was in the step this change ends
/// (WMS exceptions, carrier problems, a wait for approval), for stage analytics.
/// <see cref="PhoneTail"/>, <see cref="WaybillNumber"/>, <see cref="CreatedAt"/> and <see cref="PaidAt"/> feed the order
/// search read model; they are null in events published before they existed.
/// </summary>
[GenerateSerializer, Immutable, Alias("oa.OrderStatusChanged")]
public sealed record OrderStatusChanged(
    [property: Id(0)] string OrderId,
    [property: Id(1)] int Version,
    [property: Id(2)] OrderStatus Status,
    [property: Id(3)] DateTimeOffset At,
    [property: Id(4)] string? Warehouse,
    [property: Id(5)] string? Carrier,
    System.Collections.Immutable.ImmutableArray<string> DelayReasons)
{
    /// <summary>Never default: a message from before the field existed, or built without it, carries none.</summary>
    [Id(6)]
    public System.Collections.Immutable.ImmutableArray<string> DelayReasons { get; init; } = DelayReasons.IsDefault ? [] : DelayReasons;

    /// <summary>The last four digits of the shipping phone, never the whole number (order search by phone tail).</summary>
    [Id(7)]
    public string? PhoneTail { get; init; }

    /// <summary>The carrier's waybill number once bound.</summary>
    [Id(8)]
    public string? WaybillNumber { get; init; }

    [Id(9)]
    public DateTimeOffset? CreatedAt { get; init; }

    [Id(10)]
    public DateTimeOffset? PaidAt { get; init; }
}
