using System.Collections.Immutable;

namespace OrderActors.GrainInterfaces.Orders;

/// <summary>
/// An order as the seller's systems submit it. The order id (the grain key) comes from the channel,
/// shop and platform order id or idempotency key, so a repeated submit lands on the same order.
/// </summary>
/// <param name="PaidAt">When the buyer paid; null for an order still awaiting payment.</param>
[GenerateSerializer, Immutable, Alias("oa.SubmitOrder")]
public sealed record SubmitOrder(
    [property: Id(0)] ImmutableArray<OrderLine> Lines,
    [property: Id(1)] ShippingAddress Address,
    [property: Id(2)] DateTimeOffset? PaidAt,
    [property: Id(3)] ShortfallPolicy OnShortfall);
