using System.Collections.Immutable;

namespace OrderActors.GrainInterfaces.Tracking;

/// <summary>The customer-facing timeline of one order: its steps in version order and its parcel's carrier events in time order.</summary>
[GenerateSerializer, Immutable, Alias("oa.TrackingTimeline")]
public sealed record TrackingTimeline(
    [property: Id(0)] string OrderId,
    [property: Id(1)] ImmutableArray<TrackingStep> Steps,
    [property: Id(2)] int Repairs,
    [property: Id(3)] string? Carrier = null,
    [property: Id(4)] string? WaybillNumber = null,
    ImmutableArray<Carriers.CarrierTrackingEvent> CarrierEvents = default)
{
    /// <summary>Never default: a timeline without a parcel has no carrier events.</summary>
    [Id(5)]
    public ImmutableArray<Carriers.CarrierTrackingEvent> CarrierEvents { get; init; } = CarrierEvents.IsDefault ? [] : CarrierEvents;
}
