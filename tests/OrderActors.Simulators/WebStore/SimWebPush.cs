namespace OrderActors.Simulators.WebStore;

/// <summary>Where a shop's store pushes its orders on every seed or change, signed with <paramref name="Secret"/>.</summary>
public sealed record SimWebhookTarget(Uri WebhookUrl, string Secret);

/// <summary>
/// Push one order now. <paramref name="WebhookUrl"/> and <paramref name="Secret"/> default to the shop's
/// configured target. <paramref name="ReplayDeliveryId"/> sends it under an id used before (a retry when the
/// body is the same, a replay attack when it is not); <paramref name="TimestampSkewSeconds"/> moves the
/// signed timestamp off the simulator's clock (a stale or a future delivery).
/// </summary>
public sealed record SimWebPushRequest(
    string OrderId,
    Uri? WebhookUrl = null,
    string? Secret = null,
    string? ReplayDeliveryId = null,
    int TimestampSkewSeconds = 0);

/// <summary>What the receiver answered to a push: its HTTP status (0 when it could not be reached) and body.</summary>
public sealed record SimWebPushResult(string OrderId, string DeliveryId, long Timestamp, string Signature, int Status, string Response);

/// <summary>The pushes a seed or change made (none when the shop has no webhook configured).</summary>
public sealed record SimWebPushes(IReadOnlyList<SimWebPushResult> Pushes);
