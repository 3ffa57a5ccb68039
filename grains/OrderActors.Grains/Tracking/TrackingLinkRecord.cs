namespace OrderActors.Grains.Tracking;

/// <summary>A row of <c>tracking_links</c>.</summary>
internal sealed record TrackingLinkRecord(
    string LinkId, string OrderId, string RequestId, byte[] TokenHash, byte[] Nonce, string KeyId, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);
