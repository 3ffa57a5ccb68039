namespace OrderActors.GrainInterfaces.Carriers;

/// <summary>
/// One scan or route step of a parcel as the carrier reported it, mapped to <see cref="ParcelState"/>.
/// Carriers repeat and reorder events: <see cref="Key"/> identifies an event across deliveries
/// (the carrier's id when it has one, otherwise time + code + location).
/// </summary>
/// <param name="CarrierCode">The carrier's own opcode or status text, kept for support.</param>
/// <param name="City">Where it happened, at city level only (no street, no courier phone).</param>
/// <param name="Description">The carrier's remark, stripped of personal data.</param>
[GenerateSerializer, Immutable, Alias("oa.CarrierTrackingEvent")]
public sealed record CarrierTrackingEvent(
    [property: Id(0)] string Key,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] ParcelState State,
    [property: Id(3)] string CarrierCode,
    [property: Id(4)] string? City,
    [property: Id(5)] string? Description);
