namespace OrderActors.Domain.Alerts;

/// <summary>
/// The silence alert of one shop, as the monitor left it. Small and flat so a grain can keep it in
/// its persisted state field by field. Immutable; the caller keeps the latest copy.
/// </summary>
/// <param name="RaisedAt">When the open alert was raised; null while no alert is open.</param>
/// <param name="SilentSince">The last new order (or the start of watching) the open or last alert is about.</param>
/// <param name="LastNotifiedAt">When the open alert was last sent (raised or reminded); null while none is open.</param>
/// <param name="Reminders">How many reminders the open alert has had.</param>
/// <param name="ClearedAt">When the last alert was cleared; kept after it for display.</param>
public sealed record SilenceAlertState(
    DateTimeOffset? RaisedAt,
    DateTimeOffset? SilentSince,
    DateTimeOffset? LastNotifiedAt,
    int Reminders,
    DateTimeOffset? ClearedAt)
{
    /// <summary>No alert was ever raised.</summary>
    public static SilenceAlertState Initial { get; } = new(null, null, null, 0, null);

    /// <summary>An alert is open: raised and not cleared yet.</summary>
    public bool IsRaised => RaisedAt is not null;
}
