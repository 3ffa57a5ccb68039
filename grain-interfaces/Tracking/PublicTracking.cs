using System.Collections.Immutable;

namespace OrderActors.GrainInterfaces.Tracking;

/// <summary>
/// What a tracking link shows: the order's steps, the carrier and waybill, the carrier's events, the
/// destination city and the masked phone. Nothing else personal (no name, no street, no order id).
/// </summary>
[GenerateSerializer, Immutable, Alias("oa.PublicTracking")]
public sealed record PublicTracking(
    [property: Id(0)] Orders.OrderStatus Status,
    [property: Id(1)] ImmutableArray<PublicTrackingStep> Steps,
    [property: Id(2)] string? Carrier,
    [property: Id(3)] string? WaybillNumber,
    [property: Id(4)] ImmutableArray<PublicCarrierEvent> CarrierEvents,
    [property: Id(5)] string DestinationCity,
    [property: Id(6)] string MaskedPhone);
