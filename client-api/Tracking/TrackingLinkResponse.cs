namespace OrderActors.ClientApi.Tracking;

/// <summary>A created tracking link: the token (shown only here) and the page customers open.</summary>
public sealed record TrackingLinkResponse(string LinkId, string Token, Uri Url, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);
