namespace OrderActors.GrainInterfaces.Tracking;

/// <summary>A tracking link as the order's operators see it: never its token.</summary>
[GenerateSerializer, Immutable, Alias("oa.TrackingLinkView")]
public sealed record TrackingLinkView(
    [property: Id(0)] string LinkId,
    [property: Id(1)] DateTimeOffset CreatedAt,
    [property: Id(2)] DateTimeOffset? RevokedAt);
