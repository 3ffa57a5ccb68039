namespace OrderActors.GrainInterfaces.Channels;

/// <summary>
/// One push from the own web store, exactly as it arrived: the three headers as sent (null when
/// absent) and the raw body bytes, unparsed, because the signature is over those bytes.
/// </summary>
[GenerateSerializer, Immutable, Alias("oa.WebhookDelivery")]
public sealed record WebhookDelivery(
    [property: Id(0)] string? Timestamp,
    [property: Id(1)] string? Signature,
    [property: Id(2)] string? DeliveryId,
    [property: Id(3)] ReadOnlyMemory<byte> Body);
