namespace OrderActors.GrainInterfaces.Tracking;

/// <summary>A new (or, for a repeated request id, the same) tracking link with its token, which is not stored anywhere.</summary>
[GenerateSerializer, Immutable, Alias("oa.TrackingLinkCreated")]
public sealed record TrackingLinkCreated(
    [property: Id(0)] string LinkId,
    [property: Id(1)] string Token,
    [property: Id(2)] DateTimeOffset CreatedAt,
    [property: Id(3)] bool Replayed,
    [property: Id(4)] DateTimeOffset? RevokedAt);
