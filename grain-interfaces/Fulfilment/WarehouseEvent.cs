namespace OrderActors.GrainInterfaces.Fulfilment;

/// <summary>
/// One event from a warehouse about one order, as the WMS signed it. <see cref="EventId"/> is the
/// WMS's own id and makes every delivery idempotent.
/// </summary>
/// <param name="Warehouse">The warehouse code that sent it; must be the warehouse the order was allocated to.</param>
/// <param name="Operator">Who scanned or packed (the WMS user).</param>
/// <param name="Device">The scanner or station, when the WMS says.</param>
/// <param name="DelayReason">A WMS exception code when the step was held up (e.g. "stockout-at-pick"); feeds stage analytics.</param>
[GenerateSerializer, Immutable, Alias("oa.WarehouseEvent")]
public sealed record WarehouseEvent(
    [property: Id(0)] string EventId,
    [property: Id(1)] string Warehouse,
    [property: Id(2)] WarehouseEventKind Kind,
    [property: Id(3)] DateTimeOffset At,
    [property: Id(4)] string Operator,
    [property: Id(5)] string? Device = null,
    [property: Id(6)] string? DelayReason = null);
