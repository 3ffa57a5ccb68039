namespace OrderActors.GrainInterfaces.Tracking;

/// <summary>
/// The customer-facing timeline of an order, keyed by order id, fed by the order status stream
/// through an implicit subscription. It never shows a status the order did not reach.
/// </summary>
public interface ITrackingGrain : IGrainWithStringKey
{
    Task<TrackingTimeline> GetTimeline();

    /// <summary>Adds the parcel's carrier events to the timeline (sent by the parcel grain; repeats are dropped by event key).</summary>
    Task RecordCarrierEvents(string carrier, string waybillNumber, System.Collections.Immutable.ImmutableArray<Carriers.CarrierTrackingEvent> events);

    /// <summary>Compares the timeline with the order and rebuilds it when behind (the periodic check of an order in flight).</summary>
    Task Check();
}
