namespace OrderActors.ClientApi.Fulfilment;

/// <summary>One WMS event, as the warehouse sends it (for the OpenAPI document; the receiver reads the raw, signed bytes).</summary>
/// <param name="EventId">The WMS's id of the event: 1-128 letters, digits, '.', '_', ':' or '-'; the same for every resend.</param>
/// <param name="OrderId">The OrderActors order id the warehouse was given.</param>
/// <param name="Type"><c>picked</c>, <c>packed</c> or <c>outbound_scan</c>.</param>
/// <param name="At">When the step happened: RFC 3339 with an offset.</param>
/// <param name="Operator">Who picked, packed or scanned.</param>
/// <param name="Device">The scanner or station (optional).</param>
/// <param name="DelayReason">The WMS's exception code when the step was held up (optional).</param>
public sealed record WmsEventDocument(string EventId, string OrderId, string Type, DateTimeOffset At, string Operator, string? Device, string? DelayReason);
