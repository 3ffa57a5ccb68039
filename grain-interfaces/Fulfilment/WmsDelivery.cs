namespace OrderActors.GrainInterfaces.Fulfilment;

/// <summary>
/// One request from a warehouse's WMS, exactly as it arrived: the two signature headers as sent (null
/// when absent) and the raw body bytes, unparsed, because the signature is over those bytes.
/// </summary>
[GenerateSerializer, Immutable, Alias("oa.WmsDelivery")]
public sealed record WmsDelivery(
    [property: Id(0)] string? Timestamp,
    [property: Id(1)] string? Signature,
    [property: Id(2)] ReadOnlyMemory<byte> Body);
