namespace OrderActors.Domain.Channels.WebStore;

/// <summary>One delivery the receiver accepted and made durable.</summary>
/// <param name="DeliveryId">The store's delivery id.</param>
/// <param name="BodyDigest">SHA-256 of the body (<see cref="WebhookSignature.BodyDigest"/>).</param>
/// <param name="SignedAt">The signed timestamp: the entry is kept while a replay carrying it could pass the window check.</param>
public sealed record SeenDelivery(string DeliveryId, string BodyDigest, DateTimeOffset SignedAt);
