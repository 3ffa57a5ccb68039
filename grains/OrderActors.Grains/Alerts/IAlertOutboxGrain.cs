namespace OrderActors.Grains.Alerts;

/// <summary>
/// One source's alerts on their way out (keyed like the source, e.g. <c>taobao:shop1</c>): an alert is
/// stored before <see cref="Enqueue"/> returns and sent in the background until at least one notifier
/// took it, so a grain that raises an alert is never held up by a slow mail server, and an alert
/// survives a silo loss.
/// </summary>
public interface IAlertOutboxGrain : IGrainWithStringKey
{
    /// <summary>Stores the alert for delivery; an id already queued or recently sent is ignored.</summary>
    Task Enqueue(PendingAlert alert);

    /// <summary>Alerts not delivered yet, oldest first.</summary>
    Task<IReadOnlyList<PendingAlert>> Pending();
}

/// <summary>An <see cref="Alert"/> as stored in the outbox.</summary>
[GenerateSerializer, Immutable, Alias("oa.PendingAlert")]
public sealed record PendingAlert(
    [property: Id(0)] AlertKind Kind,
    [property: Id(1)] string Source,
    [property: Id(2)] DateTimeOffset OccurredAt,
    [property: Id(3)] string Subject,
    [property: Id(4)] string Body,
    [property: Id(5)] string IdempotencyId,
    [property: Id(6)] int Attempts = 0,
    [property: Id(7)] string? LastError = null)
{
    public static PendingAlert From(Alert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return new(alert.Kind, alert.Source, alert.OccurredAt, alert.Subject, alert.Body, alert.IdempotencyId);
    }

    public Alert ToAlert() => new(Kind, Source, OccurredAt, Subject, Body, IdempotencyId);
}
