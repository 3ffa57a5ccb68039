using Orleans.Concurrency;

namespace OrderActors.GrainInterfaces.Tracking;

/// <summary>
/// The customer-facing timeline of an order, keyed by order id, fed by the order status stream
/// through an implicit subscription. It never shows a status the order did not reach. It keeps no
/// state of its own: an activation loads what it has not heard from the order and the order's parcel.
/// </summary>
public interface ITrackingGrain : IGrainWithStringKey
{
    Task<TrackingTimeline> GetTimeline();

    /// <summary>Adds the parcel's carrier events to the timeline (sent by the parcel grain; repeats are dropped by event key).</summary>
    // Interleaves with a read that waits on the parcel grain (which waits on this call: a deadlock otherwise); it merges by event key in memory, with no await.
    [AlwaysInterleave]
    Task RecordCarrierEvents(string carrier, string waybillNumber, System.Collections.Immutable.ImmutableArray<Carriers.CarrierTrackingEvent> events);

    /// <summary>Compares the timeline with the order and rebuilds it when behind (the periodic check of an order in flight).</summary>
    Task Check();
}
