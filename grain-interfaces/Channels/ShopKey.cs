namespace OrderActors.GrainInterfaces.Channels;

/// <summary>A connected shop: its channel code (taobao, jd …) and shop code; the connector grain key is <c>{channel}:{shop}</c>.</summary>
[GenerateSerializer, Immutable, Alias("oa.ShopKey")]
public sealed record ShopKey([property: Id(0)] string Channel, [property: Id(1)] string Shop);
