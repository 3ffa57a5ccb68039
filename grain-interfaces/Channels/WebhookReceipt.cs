using System.Collections.Immutable;

namespace OrderActors.GrainInterfaces.Channels;

/// <summary>One field of a pushed order that is wrong, named by its JSON path (<c>lines[0].quantity</c>).</summary>
[GenerateSerializer, Immutable, Alias("oa.WebhookFieldError")]
public sealed record WebhookFieldError([property: Id(0)] string Field, [property: Id(1)] string Message);

/// <summary>The inbox's answer to one delivery.</summary>
/// <param name="Reason">A stable code for a refusal (<c>SignatureMismatch</c>, <c>TimestampOutsideWindow</c>,
/// <c>Replayed</c>, <c>InvalidOrder</c>, <c>UnknownSku</c> …); null on success.</param>
/// <param name="OrderId">The order id (<c>web:{shop}:{id}</c>) once the body named one.</param>
/// <param name="Errors">What is wrong with the order, field by field (for <see cref="WebhookOutcome.InvalidOrder"/>).</param>
[GenerateSerializer, Immutable, Alias("oa.WebhookReceipt")]
public sealed record WebhookReceipt(
    [property: Id(0)] WebhookOutcome Outcome,
    [property: Id(1)] string? Reason,
    [property: Id(2)] string? Detail,
    [property: Id(3)] string? OrderId,
    [property: Id(4)] ImmutableArray<WebhookFieldError> Errors)
{
    /// <summary>True when what the delivery carried is durable (or was already): the store may stop retrying.</summary>
    public bool Durable => Outcome is WebhookOutcome.Created or WebhookOutcome.Updated or WebhookOutcome.Unchanged
        or WebhookOutcome.Ignored or WebhookOutcome.Duplicate;
}
