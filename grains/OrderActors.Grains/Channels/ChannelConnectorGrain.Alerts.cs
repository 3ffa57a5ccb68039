using System.Globalization;
using System.Text;
using OrderActors.Domain.Alerts;
using OrderActors.GrainInterfaces.Channels;
using OrderActors.GrainInterfaces.Keys;
using OrderActors.Grains.Alerts;

namespace OrderActors.Grains.Channels;

/// <summary>
/// The connector's alerts: silence (no new order past the shop's threshold, quiet hours excepted),
/// a refused token refresh, a reconciliation that found differences. Each goes to the shop's alert
/// outbox, which stores it and delivers it in the background; the decision state is the connector's.
/// </summary>
internal sealed partial class ChannelConnectorGrain
{
    private IAlertOutboxGrain Outbox => GrainFactory.GetGrain<IAlertOutboxGrain>(this.GetPrimaryKeyString());

    private SilenceAlertState Silence
    {
        get => new(S.SilenceRaisedAt, S.SilentSince, S.SilenceNotifiedAt, S.SilenceReminders, S.SilenceClearedAt);
        set => (S.SilenceRaisedAt, S.SilentSince, S.SilenceNotifiedAt, S.SilenceReminders, S.SilenceClearedAt) =
            (value.RaisedAt, value.SilentSince, value.LastNotifiedAt, value.Reminders, value.ClearedAt);
    }

    /// <summary>
    /// Runs after every pull: raises the silence alert once, reminds if the policy says so, and sends
    /// the all-clear once orders flow again. The caller writes the state.
    /// </summary>
    private async Task WatchSilence(DateTimeOffset now)
    {
        var configured = silencePolicies.For(Key.Channel.Code(), Key.Shop);
        var policy = _clear?.SilenceThreshold is { } threshold ? new SilencePolicy(threshold, configured.QuietHours, configured.RepeatEvery) : configured;
        var evaluation = SilenceMonitor.Evaluate(policy, S.LastNewOrderAt ?? S.ConnectedAt ?? now, now, Silence);
        if (ChannelAlerts.Silence(this.GetPrimaryKeyString(), evaluation, policy, now) is { } alert)
        {
            await Outbox.Enqueue(PendingAlert.From(alert));
        }

        Silence = evaluation.State;
    }

    /// <summary>Alerts once per token problem (when it first appears), not on every pull while it lasts.</summary>
    private async Task AlertTokenProblem(string reason, DateTimeOffset now)
    {
        if (S.TokenProblem is not null)
        {
            return;
        }

        await Outbox.Enqueue(PendingAlert.From(ChannelAlerts.TokenRefreshFailed(this.GetPrimaryKeyString(), reason, now, _clear?.AccessTokenExpiresAt)));
    }

    private async Task OnReconciled(ShopReconciliation result)
    {
        if (result.Matched)
        {
            return;
        }

        var summary = new StringBuilder();
        if (result.Error is not null)
        {
            summary.AppendLine(CultureInfo.InvariantCulture, $"The run did not finish: {result.Error}");
        }

        foreach (var day in result.Days.Where(d => !d.Matched))
        {
            summary.AppendLine(CultureInfo.InvariantCulture,
                $"{day.Day:yyyy-MM-dd}: platform {day.PlatformCount}, received {day.ReceivedCount}, missing {day.Missing.Length} (repaired {day.Repaired.Length}, not repaired {day.Unrepaired.Length}), extra {day.Extra.Length}");
        }

        var runId = result.RunAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        await Outbox.Enqueue(PendingAlert.From(ChannelAlerts.ReconciliationMismatch(this.GetPrimaryKeyString(), summary.ToString().TrimEnd(), result.RunAt, runId)));
    }

    private (string? Alert, DateTimeOffset? Since) OpenAlert() =>
        S.TokenProblem is not null ? ("token", null)
        : S.SilenceRaisedAt is not null ? ("silent", S.SilentSince ?? S.SilenceRaisedAt)
        : (null, null);
}
