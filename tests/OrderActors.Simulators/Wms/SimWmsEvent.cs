namespace OrderActors.Simulators.Wms;

/// <summary>
/// One event to send now. <paramref name="Type"/> is <c>picked</c>, <c>packed</c> or <c>outbound_scan</c>;
/// <paramref name="EventId"/> defaults to a new id (for <see cref="SimWmsVariant.Replay"/> and
/// <see cref="SimWmsVariant.ReusedId"/>: the event to copy, default the warehouse's last); <paramref name="At"/> defaults to now.
/// </summary>
public sealed record SimWmsEventRequest(
    string OrderId,
    string Type,
    SimWmsVariant Variant = SimWmsVariant.Signed,
    string? EventId = null,
    DateTimeOffset? At = null,
    string? Operator = null,
    string? Device = null,
    string? DelayReason = null);

/// <summary>
/// An event as sent and what the OMS answered: its HTTP status (0 when it could not be reached) and body.
/// <paramref name="Timestamp"/> and <paramref name="Signature"/> are null for an unsigned send.
/// </summary>
public sealed record SimWmsSent(
    string Warehouse,
    string EventId,
    string OrderId,
    string Type,
    SimWmsVariant Variant,
    string Body,
    long? Timestamp,
    string? Signature,
    int Status,
    string Response);

/// <summary>The OMS the events go to.</summary>
public sealed record SimWmsTarget(Uri OmsBaseUrl);

/// <summary>A warehouse's secret.</summary>
public sealed record SimWmsSecret(string Secret);

/// <summary>An order for the autopilot: picked, packed and scanned out after the configured delays.</summary>
public sealed record SimWmsAutopilotRequest(string OrderId, string? DelayReason = null);
