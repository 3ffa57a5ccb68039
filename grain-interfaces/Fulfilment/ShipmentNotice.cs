namespace OrderActors.GrainInterfaces.Fulfilment;

/// <summary>What the marketplace must be told when an order ships: which carrier and waybill (the platforms' "ship" calls).</summary>
[GenerateSerializer, Immutable, Alias("oa.ShipmentNotice")]
public sealed record ShipmentNotice(
    [property: Id(0)] string OrderId,
    [property: Id(1)] string Carrier,
    [property: Id(2)] string WaybillNumber,
    [property: Id(3)] DateTimeOffset ShippedAt);
