namespace OrderActors.GrainInterfaces.Fulfilment;

/// <summary>The electronic waybill request made at packing: to which carrier, how many attempts, the last error while it is not issued.</summary>
[GenerateSerializer, Immutable, Alias("oa.WaybillRequestView")]
public sealed record WaybillRequestView(
    [property: Id(0)] string Carrier,
    [property: Id(1)] DateTimeOffset RequestedAt,
    [property: Id(2)] int Attempts,
    [property: Id(3)] DateTimeOffset? IssuedAt,
    [property: Id(4)] string? LastError,
    [property: Id(5)] bool GaveUp);
