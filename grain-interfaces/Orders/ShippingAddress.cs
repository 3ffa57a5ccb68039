namespace OrderActors.GrainInterfaces.Orders;

/// <summary>Where the parcel goes. <see cref="Province"/> is a GB/T 2260 code, a Chinese or a pinyin name.</summary>
[GenerateSerializer, Immutable, Alias("oa.ShippingAddress")]
public sealed record ShippingAddress(
    [property: Id(0)] string Recipient,
    [property: Id(1)] string Phone,
    [property: Id(2)] string Province,
    [property: Id(3)] string City,
    [property: Id(4)] string? District,
    [property: Id(5)] string Detail);
