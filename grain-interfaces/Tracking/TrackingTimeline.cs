using System.Collections.Immutable;

namespace OrderActors.GrainInterfaces.Tracking;

/// <summary>
/// The customer-facing timeline of one order: its steps in version order and its parcel's carrier events in time order.
/// <see cref="Repairs"/> counts the rebuilds from the order in the current activation of the tracking grain (the grain keeps
/// no state: a new activation starts at 0, and its first load from the order is not a repair; the metric
/// <c>orderactors.tracking.repairs</c> is the lasting count); the three counters split it by what found the timeline behind:
/// a gap in the event versions, the timeline's own check after a quiet period, or a read after silence.
/// No parameter has a default value: the API's OpenAPI generator cannot describe a default ImmutableArray (500 on /openapi).
/// </summary>
[GenerateSerializer, Immutable, Alias("oa.TrackingTimeline")]
public sealed record TrackingTimeline(
    [property: Id(0)] string OrderId,
    [property: Id(1)] ImmutableArray<TrackingStep> Steps,
    [property: Id(2)] int Repairs,
    [property: Id(3)] string? Carrier,
    [property: Id(4)] string? WaybillNumber,
    [property: Id(5)] ImmutableArray<Carriers.CarrierTrackingEvent> CarrierEvents,
    [property: Id(6)] int RepairsOnGap,
    [property: Id(7)] int RepairsOnCheck,
    [property: Id(8)] int RepairsOnRead);
