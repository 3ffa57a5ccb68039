namespace OrderActors.GrainInterfaces.Fulfilment;

/// <summary>The write-back of one shipped order to its marketplace, as operators see it.</summary>
/// <param name="Attempts">Ship calls made so far (each may have retried inside the connector).</param>
/// <param name="LastError">Why the last attempt did not succeed, or why a later notice was not sent.</param>
/// <param name="NextAttemptAt">When a pending write-back is tried next.</param>
[GenerateSerializer, Immutable, Alias("oa.ChannelShipmentView")]
public sealed record ChannelShipmentView(
    [property: Id(0)] string OrderId,
    [property: Id(1)] string Channel,
    [property: Id(2)] string Shop,
    [property: Id(3)] string Carrier,
    [property: Id(4)] string Waybill,
    [property: Id(5)] ChannelShipmentStatus Status,
    [property: Id(6)] int Attempts,
    [property: Id(7)] string? LastError,
    [property: Id(8)] DateTimeOffset ShippedAt,
    [property: Id(9)] DateTimeOffset RequestedAt,
    [property: Id(10)] DateTimeOffset UpdatedAt,
    [property: Id(11)] DateTimeOffset? AcknowledgedAt,
    [property: Id(12)] DateTimeOffset? NextAttemptAt);
