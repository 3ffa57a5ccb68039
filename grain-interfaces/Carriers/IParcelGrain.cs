using System.Collections.Immutable;

namespace OrderActors.GrainInterfaces.Carriers;

/// <summary>
/// One parcel, keyed <c>{carrier}:{waybillNumber}</c>: the order it carries and every tracking event the
/// carrier sent (pushed or polled), deduplicated by event key and kept in time order.
/// </summary>
public interface IParcelGrain : IGrainWithStringKey
{
    /// <summary>Ties the waybill to its order (at waybill issue); idempotent, refused for a different order.</summary>
    Task<bool> Bind(string orderId);

    /// <summary>Applies tracking events from a push or a poll; returns how many were new.</summary>
    Task<int> Record(ImmutableArray<CarrierTrackingEvent> events);
}
