namespace OrderActors.ClientApi.Tracking;

/// <summary>Body of a tracking-link create: the request id that makes a retry return the same link (or send an Idempotency-Key header).</summary>
public sealed record CreateTrackingLinkRequest(string? RequestId);
