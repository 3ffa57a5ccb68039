namespace OrderActors.Grains.Alerts;

/// <summary>
/// One alert for the operations team, as every notifier delivers it. A retried delivery carries the
/// same <see cref="IdempotencyId"/>, so a receiver that has seen it can drop the copy.
/// </summary>
public sealed record Alert
{
    /// <param name="kind">What the alert is about.</param>
    /// <param name="source">What raised it, e.g. a connector key <c>taobao:shop1</c>.</param>
    /// <param name="occurredAt">When the condition was detected.</param>
    /// <param name="subject">One line for a mail subject or a chat title.</param>
    /// <param name="body">Plain text: what happened, since when, what to check.</param>
    /// <param name="idempotencyId">
    /// Stable for the same event: derive it from the event (source, kind, the instant it is about), not
    /// from the clock of the attempt. Printable ASCII without spaces, at most 512 characters, because it
    /// travels in HTTP and mail headers; <see cref="ChannelAlerts.IdPart"/> makes any text fit.
    /// </param>
    public Alert(AlertKind kind, string source, DateTimeOffset occurredAt, string subject, string body, string idempotencyId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentException.ThrowIfNullOrWhiteSpace(idempotencyId);
        if (idempotencyId.Length > 512 || idempotencyId.Any(c => c is < '!' or > '~'))
        {
            throw new ArgumentException("An alert idempotency id is printable ASCII without spaces, at most 512 characters.", nameof(idempotencyId));
        }

        if (subject.AsSpan().IndexOfAny('\r', '\n') >= 0)
        {
            throw new ArgumentException("An alert subject is one line.", nameof(subject));
        }

        Kind = kind;
        Source = source;
        OccurredAt = occurredAt;
        Subject = subject;
        Body = body;
        IdempotencyId = idempotencyId;
    }

    public AlertKind Kind { get; }

    public string Source { get; }

    public DateTimeOffset OccurredAt { get; }

    public string Subject { get; }

    public string Body { get; }

    public string IdempotencyId { get; }
}
