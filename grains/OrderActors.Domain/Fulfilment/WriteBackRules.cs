using System.Globalization;

namespace OrderActors.Domain.Fulfilment;

/// <summary>
/// The rules of writing a shipment back to its marketplace, as a table of what each event does:
/// <list type="table">
/// <item><term>notice, nothing stored</term><description>Pending, due now (New)</description></item>
/// <item><term>notice, same carrier and waybill</term><description>unchanged, whatever the status (Repeat)</description></item>
/// <item><term>notice, other waybill, not acknowledged</term><description>replaces it: Pending, due now, failures reset (Replaced)</description></item>
/// <item><term>notice, other waybill, acknowledged</term><description>kept as it is; the refused waybill is the last error (AfterAcknowledgement)</description></item>
/// <item><term>attempt acknowledged / already shipped</term><description>Acknowledged</description></item>
/// <item><term>attempt refused</term><description>Failed, with the platform's reason</description></item>
/// <item><term>attempt transient</term><description>Pending, due after the policy's delay (or the platform's Retry-After when later)</description></item>
/// <item><term>attempt unclassified</term><description>as transient, until the policy's limit in a row: then Failed</description></item>
/// <item><term>attempt not applicable</term><description>NotApplicable</description></item>
/// <item><term>operator retry</term><description>only from Failed: Pending, due now, failures reset</description></item>
/// </list>
/// Attempts only ever count up.
/// </summary>
public static class WriteBackRules
{
    public static (WriteBack Next, WriteBackRequestDecision Decision) Request(WriteBack? current, string carrier, string waybill, DateTimeOffset shippedAt, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(carrier);
        ArgumentException.ThrowIfNullOrWhiteSpace(waybill);
        if (current is null)
        {
            return (new WriteBack(carrier, waybill, shippedAt, WriteBackStatus.Pending, 0, 0, null, now, now, null, now), WriteBackRequestDecision.New);
        }

        if (string.Equals(current.Carrier, carrier, StringComparison.OrdinalIgnoreCase) && current.Waybill == waybill)
        {
            return (current, WriteBackRequestDecision.Repeat);
        }

        if (current.Status == WriteBackStatus.Acknowledged)
        {
            var error = string.Create(CultureInfo.InvariantCulture,
                $"A later notice ({carrier} {waybill}) was not sent: the platform already acknowledged {current.Carrier} {current.Waybill}; change it on the platform.");
            return (current with { LastError = error, UpdatedAt = now }, WriteBackRequestDecision.AfterAcknowledgement);
        }

        return (current with
        {
            Carrier = carrier,
            Waybill = waybill,
            ShippedAt = shippedAt,
            Status = WriteBackStatus.Pending,
            Failures = 0,
            LastError = null,
            RequestedAt = now,
            UpdatedAt = now,
            NextAttemptAt = now,
        }, WriteBackRequestDecision.Replaced);
    }

    /// <param name="retryAfter">When the platform (or the shop's paused connector) said to come back, if it did.</param>
    public static WriteBack Attempted(WriteBack current, WriteBackAttempt attempt, string? detail, DateTimeOffset now, WriteBackPolicy policy, DateTimeOffset? retryAfter = null)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(policy);
        var tried = current with { Attempts = current.Attempts + 1, UpdatedAt = now };
        switch (attempt)
        {
            case WriteBackAttempt.Acknowledged:
            case WriteBackAttempt.AlreadyShipped:
                return tried with { Status = WriteBackStatus.Acknowledged, Failures = 0, LastError = null, AcknowledgedAt = now, NextAttemptAt = null };
            case WriteBackAttempt.Refused:
                return tried with { Status = WriteBackStatus.Failed, Failures = current.Failures + 1, LastError = detail ?? "refused by the platform", NextAttemptAt = null };
            case WriteBackAttempt.NotApplicable:
                return tried with { Status = WriteBackStatus.NotApplicable, LastError = detail, NextAttemptAt = null };
            case WriteBackAttempt.Unclassified when current.Failures + 1 >= policy.MaxUnclassifiedFailures:
                return tried with
                {
                    Status = WriteBackStatus.Failed,
                    Failures = current.Failures + 1,
                    LastError = string.Create(CultureInfo.InvariantCulture, $"{detail ?? "unclassified answer"} ({current.Failures + 1} unclassified answers in a row)"),
                    NextAttemptAt = null,
                };
            default:
                var failures = current.Failures + 1;
                var due = now + policy.DelayAfter(failures);
                return tried with
                {
                    Status = WriteBackStatus.Pending,
                    Failures = failures,
                    LastError = detail,
                    NextAttemptAt = retryAfter is { } later && later > due ? later : due,
                };
        }
    }

    /// <summary>An operator's retry after fixing the cause; null when the write-back is not failed (nothing to retry).</summary>
    public static WriteBack? Retry(WriteBack current, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(current);
        return current.Status == WriteBackStatus.Failed
            ? current with { Status = WriteBackStatus.Pending, Failures = 0, UpdatedAt = now, NextAttemptAt = now }
            : null;
    }
}
