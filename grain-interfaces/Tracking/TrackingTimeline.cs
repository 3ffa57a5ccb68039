using System.Collections.Immutable;

namespace OrderActors.GrainInterfaces.Tracking;

/// <summary>The customer-facing timeline of one order, in version order.</summary>
[GenerateSerializer, Immutable, Alias("oa.TrackingTimeline")]
public sealed record TrackingTimeline([property: Id(0)] string OrderId, [property: Id(1)] ImmutableArray<TrackingStep> Steps, [property: Id(2)] int Repairs);
