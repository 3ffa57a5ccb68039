namespace OrderActors.Domain.Fulfilment;

/// <summary>
/// The write-back of one shipped order: which carrier and waybill the platform must be told, and how far
/// telling it has got. Immutable; <see cref="WriteBackRules"/> makes the next one.
/// </summary>
/// <param name="Attempts">Ship calls made for this order, all waybills counted.</param>
/// <param name="Failures">Failed attempts in a row since the notice (or the last operator retry): drives the backoff and the unclassified limit.</param>
/// <param name="NextAttemptAt">When a pending write-back is due; null once it is settled.</param>
public sealed record WriteBack(
    string Carrier,
    string Waybill,
    DateTimeOffset ShippedAt,
    WriteBackStatus Status,
    int Attempts,
    int Failures,
    string? LastError,
    DateTimeOffset RequestedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? AcknowledgedAt,
    DateTimeOffset? NextAttemptAt)
{
    /// <summary>Whether a ship call should be made at <paramref name="now"/>.</summary>
    public bool IsDue(DateTimeOffset now) => Status == WriteBackStatus.Pending && NextAttemptAt is { } due && due <= now;
}
