using System.Collections.Immutable;
using OrderActors.GrainInterfaces.Channels;
using OrderActors.GrainInterfaces.Orders;

namespace OrderActors.GrainInterfaces.Fulfilment;

/// <summary>The WMS inbox's answer to one event.</summary>
/// <param name="Duplicate">True when this event id and body were received before: <see cref="Outcome"/> is then
/// what the event came to the first time (or, for a review retried since, what it came to then); nothing changed now.</param>
/// <param name="Reason">A stable code for a refusal (<c>SignatureMismatch</c>, <c>UnknownOrder</c>, <c>EventIdReused</c>, or
/// the order's own rejection such as <c>OrderClosed</c> for <see cref="WmsOutcome.Review"/>); null on success.</param>
/// <param name="OrderStatus">The order's status after the event, when the order was reached.</param>
/// <param name="ReviewId">The review that holds a refused event (<see cref="WmsOutcome.Review"/>).</param>
/// <param name="Errors">What is wrong with the event, field by field (<see cref="WmsOutcome.InvalidEvent"/>).</param>
[GenerateSerializer, Immutable, Alias("oa.WmsReceipt")]
public sealed record WmsReceipt(
    [property: Id(0)] WmsOutcome Outcome,
    [property: Id(1)] bool Duplicate,
    [property: Id(2)] string? Reason,
    [property: Id(3)] string? Detail,
    [property: Id(4)] string? EventId,
    [property: Id(5)] string? OrderId,
    [property: Id(6)] OrderStatus? OrderStatus,
    [property: Id(7)] long? ReviewId,
    [property: Id(8)] ImmutableArray<WebhookFieldError> Errors)
{
    /// <summary>True when the event is durably recorded (applied, unchanged or kept for review): sending it again changes nothing.</summary>
    public bool Durable => Outcome is WmsOutcome.Applied or WmsOutcome.Unchanged or WmsOutcome.Review;
}
