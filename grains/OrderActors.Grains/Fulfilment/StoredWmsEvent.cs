using OrderActors.GrainInterfaces.Fulfilment;

namespace OrderActors.Grains.Fulfilment;

/// <summary>An event recorded in <c>wms_events</c>: enough to answer a repeat of it.</summary>
/// <param name="BodyDigest">SHA-256 of the body it came with (base64), to tell a repeat from a reused id.</param>
/// <param name="Rejection">For <see cref="WmsOutcome.Review"/>: the order's reason at the latest attempt.</param>
internal sealed record StoredWmsEvent(
    string OrderId,
    string BodyDigest,
    WmsOutcome Outcome,
    long? ReviewId,
    string? Rejection,
    string? Detail);
