namespace OrderActors.GrainInterfaces.Tracking;

/// <summary>A status the order reached, and when.</summary>
[GenerateSerializer, Immutable, Alias("oa.PublicTrackingStep")]
public sealed record PublicTrackingStep([property: Id(0)] Orders.OrderStatus Status, [property: Id(1)] DateTimeOffset At);
