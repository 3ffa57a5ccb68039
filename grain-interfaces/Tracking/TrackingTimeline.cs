using System.Collections.Immutable;

namespace OrderActors.GrainInterfaces.Tracking;

/// <summary>
/// The customer-facing timeline of one order: its steps in version order and its parcel's carrier events in time order.
/// <see cref="Repairs"/> counts every rebuild from the order; the three counters split it by what found the timeline behind:
/// a gap in the event versions, the timeline's own check after a quiet period, or a read after silence.
/// </summary>
[GenerateSerializer, Immutable, Alias("oa.TrackingTimeline")]
public sealed record TrackingTimeline(
    [property: Id(0)] string OrderId,
    [property: Id(1)] ImmutableArray<TrackingStep> Steps,
    [property: Id(2)] int Repairs,
    [property: Id(3)] string? Carrier = null,
    [property: Id(4)] string? WaybillNumber = null,
    [property: Id(5)] ImmutableArray<Carriers.CarrierTrackingEvent> CarrierEvents = default,
    [property: Id(6)] int RepairsOnGap = 0,
    [property: Id(7)] int RepairsOnCheck = 0,
    [property: Id(8)] int RepairsOnRead = 0);
