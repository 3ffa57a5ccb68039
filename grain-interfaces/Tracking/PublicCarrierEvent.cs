namespace OrderActors.GrainInterfaces.Tracking;

/// <summary>A carrier event as the public page shows it: when, what, the city and the carrier's (already cleaned) remark.</summary>
[GenerateSerializer, Immutable, Alias("oa.PublicCarrierEvent")]
public sealed record PublicCarrierEvent(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] Carriers.ParcelState State,
    [property: Id(2)] string? City,
    [property: Id(3)] string? Description);
