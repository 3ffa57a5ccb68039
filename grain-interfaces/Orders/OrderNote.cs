namespace OrderActors.GrainInterfaces.Orders;

/// <summary>A note customer service wrote on an order: who, when, what. <see cref="RequestId"/> makes a retry land on the same note.</summary>
[GenerateSerializer, Immutable, Alias("oa.OrderNote")]
public sealed record OrderNote(
    [property: Id(0)] long Id,
    [property: Id(1)] string OrderId,
    [property: Id(2)] string RequestId,
    [property: Id(3)] string Text,
    [property: Id(4)] string? Author,
    [property: Id(5)] DateTimeOffset CreatedAt);
