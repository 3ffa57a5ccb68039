using System.Collections.Immutable;

namespace OrderActors.GrainInterfaces.Carriers;

/// <summary>One parcel as the OMS knows it: its order, its events in time order, the state they add up to, and how it is followed.</summary>
/// <param name="OrderId">The order it carries; null until the waybill is bound (events that arrive before are kept).</param>
/// <param name="LastPushAt">When the carrier last pushed events for it (business time); polling starts after a quiet spell.</param>
/// <param name="Polling">Whether the poll reminder is on (off once delivered or returned).</param>
/// <param name="DeliveryConfirmedAt">When the order was told of the delivery.</param>
[GenerateSerializer, Immutable, Alias("oa.ParcelView")]
public sealed record ParcelView(
    [property: Id(0)] string Carrier,
    [property: Id(1)] string WaybillNumber,
    [property: Id(2)] string? OrderId,
    [property: Id(3)] ParcelState State,
    [property: Id(4)] ImmutableArray<CarrierTrackingEvent> Events,
    [property: Id(5)] DateTimeOffset? LastPushAt,
    [property: Id(6)] DateTimeOffset? LastPolledAt,
    [property: Id(7)] bool Polling,
    [property: Id(8)] DateTimeOffset? DeliveryConfirmedAt);
