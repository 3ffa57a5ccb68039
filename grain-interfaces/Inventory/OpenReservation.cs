namespace OrderActors.GrainInterfaces.Inventory;

/// <summary>A reservation a stock cell holds, with when it was made.</summary>
[GenerateSerializer, Immutable, Alias("oa.OpenReservation")]
public sealed record OpenReservation([property: Id(0)] string OrderId, [property: Id(1)] int Quantity, [property: Id(2)] DateTimeOffset ReservedAt);
