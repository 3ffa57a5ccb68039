namespace OrderActors.GrainInterfaces.Fulfilment;

/// <summary>A warehouse step that happened: when, where, by whom, under which WMS event id.</summary>
[GenerateSerializer, Immutable, Alias("oa.WarehouseStepView")]
public sealed record WarehouseStepView(
    [property: Id(0)] WarehouseEventKind Kind,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string Warehouse,
    [property: Id(3)] string Operator,
    [property: Id(4)] string? Device,
    [property: Id(5)] string EventId,
    [property: Id(6)] string? DelayReason);
