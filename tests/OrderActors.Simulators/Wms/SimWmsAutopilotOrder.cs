namespace OrderActors.Simulators.Wms;

/// <summary>
/// An order the autopilot works on. <paramref name="NextType"/> is the next event to send (null when the
/// order is scanned out); <paramref name="Held"/> says why it stopped (the OMS refused an event: a 4xx
/// other than a duplicate), so a demo shows the refusal instead of hiding it. <paramref name="Pending"/> is
/// the event being sent, kept so that a resend after a 5xx or no answer is the same id and body.
/// </summary>
public sealed record SimWmsAutopilotOrder(
    string Warehouse,
    string OrderId,
    string? NextType,
    DateTimeOffset DueAt,
    string? DelayReason,
    string? Held,
    int LastStatus,
    SimWmsPending? Pending);

/// <summary>An event sent but not yet acknowledged: resent as it is.</summary>
public sealed record SimWmsPending(string EventId, string Body);
