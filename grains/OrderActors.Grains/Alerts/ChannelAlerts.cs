using System.Globalization;
using System.Text;
using OrderActors.Domain.Alerts;

namespace OrderActors.Grains.Alerts;

/// <summary>
/// The alerts a channel connector raises, with their texts and idempotency ids. An id is derived from
/// the event (the shop and the instant the silence began; the failure's time), never from the time of
/// the attempt, so evaluating or sending the same event again yields the same id and receivers dedupe it.
/// </summary>
public static class ChannelAlerts
{
    /// <summary>
    /// The alert for a silence evaluation: <see cref="AlertKind.ChannelSilent"/> for Raise and Remind,
    /// <see cref="AlertKind.ChannelRecovered"/> for Clear; null for None.
    /// </summary>
    /// <param name="source">The connector key, e.g. <c>taobao:shop1</c>.</param>
    /// <param name="evaluation">What <see cref="SilenceMonitor.Evaluate"/> returned.</param>
    /// <param name="policy">The policy it was evaluated with (its threshold and quiet hours go into the text).</param>
    /// <param name="now">The evaluation's clock.</param>
    public static Alert? Silence(string source, SilenceEvaluation evaluation, SilencePolicy policy, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(policy);
        var since = China(evaluation.SilentSince);
        var silence = Duration(evaluation.Silence);
        var incident = $"{IdPart(source)}/{evaluation.SilentSince.ToUnixTimeSeconds()}";
        switch (evaluation.Decision)
        {
            case SilenceDecision.Raise:
                return new Alert(
                    AlertKind.ChannelSilent, source, now,
                    $"{source}: no new order for {silence}",
                    new StringBuilder()
                        .AppendLine(CultureInfo.InvariantCulture, $"Shop {source} has brought no new order since {since}.")
                        .AppendLine(CultureInfo.InvariantCulture, $"Silence outside quiet hours: {silence} (threshold {Duration(policy.Threshold)}).")
                        .AppendLine(CultureInfo.InvariantCulture, $"Quiet hours (China time): {policy.QuietHours}.")
                        .Append("Check the connector's health (GET /api/channels/{channel}/{shop}), its token and the shop on the platform. An all-clear follows when orders arrive again.")
                        .ToString(),
                    $"channel-silent/{incident}");
            case SilenceDecision.Remind:
                return new Alert(
                    AlertKind.ChannelSilent, source, now,
                    $"{source}: still no new order ({silence})",
                    new StringBuilder()
                        .AppendLine(CultureInfo.InvariantCulture, $"Shop {source} has still brought no new order since {since}.")
                        .AppendLine(CultureInfo.InvariantCulture, $"Silence outside quiet hours: {silence}; first reported {China(evaluation.State.RaisedAt ?? now)}.")
                        .Append(CultureInfo.InvariantCulture, $"Reminder {evaluation.State.Reminders}; the next comes after {Duration(policy.RepeatEvery ?? TimeSpan.Zero)} at the earliest.")
                        .ToString(),
                    $"channel-silent/{incident}/reminder-{evaluation.State.Reminders}");
            case SilenceDecision.Clear:
                return new Alert(
                    AlertKind.ChannelRecovered, source, now,
                    $"{source}: orders are arriving again",
                    new StringBuilder()
                        .AppendLine(CultureInfo.InvariantCulture, $"Shop {source} brought a new order at {China(evaluation.ResumedAt ?? now)}.")
                        .Append(CultureInfo.InvariantCulture, $"It had been silent since {since}: {silence} outside quiet hours.")
                        .ToString(),
                    $"channel-recovered/{incident}");
            default:
                return null;
        }
    }

    /// <summary>The shop's access token could not be refreshed.</summary>
    /// <param name="source">The connector key.</param>
    /// <param name="reason">The platform's answer or the error; no token in it.</param>
    /// <param name="occurredAt">When the refresh failed; part of the id, so the same failure sent twice is one alert.</param>
    /// <param name="accessTokenExpiresAt">When pulls will start failing, if known.</param>
    public static Alert TokenRefreshFailed(string source, string reason, DateTimeOffset occurredAt, DateTimeOffset? accessTokenExpiresAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        var body = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"The access token of shop {source} could not be refreshed at {China(occurredAt)}: {reason}");
        body.Append(accessTokenExpiresAt is { } expires
            ? string.Create(CultureInfo.InvariantCulture, $"The current token expires at {China(expires)}; after that no order is pulled until the shop is authorized again (PUT /api/channels/{{channel}}/{{shop}}).")
            : "Pulls fail until the shop is authorized again (PUT /api/channels/{channel}/{shop}).");
        return new Alert(
            AlertKind.TokenRefreshFailed, source, occurredAt, $"{source}: access token refresh failed", body.ToString(),
            $"token-refresh-failed/{IdPart(source)}/{occurredAt.ToUnixTimeSeconds()}");
    }

    /// <summary>Reconciliation found a difference.</summary>
    /// <param name="source">What was reconciled, e.g. <c>taobao:shop1</c> or a stock cell <c>SKU@WH</c>.</param>
    /// <param name="summary">What differs, one or more lines.</param>
    /// <param name="occurredAt">When the run found it.</param>
    /// <param name="runId">Identifies the reconciliation run, so a resent alert of the same run is one alert.</param>
    public static Alert ReconciliationMismatch(string source, string summary, DateTimeOffset occurredAt, string runId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        return new Alert(
            AlertKind.ReconciliationMismatch, source, occurredAt, $"{source}: reconciliation mismatch",
            $"Reconciliation at {China(occurredAt)} found differences for {source}:{Environment.NewLine}{summary}",
            $"reconciliation-mismatch/{IdPart(source)}/{IdPart(runId)}");
    }

    /// <summary>
    /// <paramref name="text"/> made fit for an idempotency id, which travels in headers: printable ASCII
    /// stays as it is, anything else (a Chinese shop name, a space, '%') is percent-encoded as UTF-8.
    /// </summary>
    public static string IdPart(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var id = new StringBuilder(text.Length);
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            if (b is > (byte)' ' and < 0x7F and not (byte)'%')
            {
                id.Append((char)b);
            }
            else
            {
                id.Append(CultureInfo.InvariantCulture, $"%{b:X2}");
            }
        }

        return id.ToString();
    }

    /// <summary>As sellers read it: China time, to the second.</summary>
    internal static string China(DateTimeOffset instant) =>
        instant.ToOffset(QuietHours.ChinaOffset).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " (GMT+8)";

    /// <summary>"45 s", "12 min", "3 h 5 min", "2 d 4 h": precise enough for a person.</summary>
    internal static string Duration(TimeSpan span) => span switch
    {
        { TotalMinutes: < 1 } => string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalSeconds} s"),
        { TotalHours: < 1 } => string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalMinutes} min"),
        { TotalDays: < 1 } => span.Minutes == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalHours} h")
            : string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalHours} h {span.Minutes} min"),
        _ => span.Hours == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalDays} d")
            : string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalDays} d {span.Hours} h"),
    };
}
