namespace OrderActors.GrainInterfaces.Channels;

/// <summary>What a connector tells its platform when one of the shop's orders ships.</summary>
/// <param name="PlatformOrderId">The platform's order number (tid, orderId, order_sn, shop order id).</param>
/// <param name="Carrier">Our carrier code (SF, ZTO, YUNDA); the connector maps it to the platform's.</param>
[GenerateSerializer, Immutable, Alias("oa.ShipmentConfirmation")]
public sealed record ShipmentConfirmation(
    [property: Id(0)] string PlatformOrderId,
    [property: Id(1)] string Carrier,
    [property: Id(2)] string WaybillNumber,
    [property: Id(3)] DateTimeOffset ShippedAt);
