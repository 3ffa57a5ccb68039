namespace OrderActors.ClientApi.Fulfilment;

/// <summary>The answer to a recorded WMS event.</summary>
/// <param name="Outcome"><c>applied</c> (the order moved), <c>unchanged</c> (it had this step already) or <c>duplicate</c> (received before; nothing changed now).</param>
/// <param name="FirstOutcome">For a duplicate: what the event came to (<c>applied</c> or <c>unchanged</c>).</param>
/// <param name="OrderStatus">The order's status after the event (absent for a duplicate).</param>
public sealed record WmsEventAnswer(string Outcome, string? FirstOutcome, string EventId, string OrderId, string? OrderStatus, string? Detail);
