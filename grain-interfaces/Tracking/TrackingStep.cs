namespace OrderActors.GrainInterfaces.Tracking;

[GenerateSerializer, Immutable, Alias("oa.TrackingStep")]
public sealed record TrackingStep([property: Id(0)] int Version, [property: Id(1)] Orders.OrderStatus Status, [property: Id(2)] DateTimeOffset At);
