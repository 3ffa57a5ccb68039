namespace OrderActors.Domain.Alerts;

/// <summary>
/// Decides when a shop that brings no new orders is worth an alert. Pure: the clock is a parameter,
/// the state goes in and comes out.
/// <list type="table">
/// <listheader><term>state</term><description>what happens</description></listheader>
/// <item><term>no open alert</term><description>silence outside quiet hours (from the last new order to
/// now) exceeds the threshold: <see cref="SilenceDecision.Raise"/>; otherwise nothing.</description></item>
/// <item><term>alert open, a new order after the one it is about</term><description><see cref="SilenceDecision.Clear"/>,
/// once: the alert is closed, so the next evaluation starts a new silence from that order.</description></item>
/// <item><term>alert open, still silent</term><description><see cref="SilenceDecision.Remind"/> when the
/// policy repeats, the interval has passed since the last notification and now is not quiet; otherwise
/// nothing. An open alert is never raised a second time.</description></item>
/// </list>
/// </summary>
public static class SilenceMonitor
{
    /// <param name="policy">Threshold, quiet hours and reminder interval.</param>
    /// <param name="lastActivity">The last new order, or when watching began if there has been none.</param>
    /// <param name="now">The caller's clock.</param>
    /// <param name="state">The state the previous evaluation returned (<see cref="SilenceAlertState.Initial"/> the first time).</param>
    public static SilenceEvaluation Evaluate(SilencePolicy policy, DateTimeOffset lastActivity, DateTimeOffset now, SilenceAlertState state)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(state);

        if (state.IsRaised)
        {
            var silentSince = state.SilentSince ?? state.RaisedAt!.Value;
            if (lastActivity > silentSince)
            {
                var cleared = state with { RaisedAt = null, LastNotifiedAt = null, Reminders = 0, ClearedAt = now };
                return new SilenceEvaluation(SilenceDecision.Clear, cleared, silentSince, policy.QuietHours.NonQuietTime(silentSince, lastActivity), lastActivity);
            }

            var ongoing = policy.QuietHours.NonQuietTime(silentSince, now);
            var notifiedAt = state.LastNotifiedAt ?? state.RaisedAt!.Value;
            if (policy.RepeatEvery is { } every && now - notifiedAt >= every && !policy.QuietHours.IsQuiet(now))
            {
                var reminded = state with { LastNotifiedAt = now, Reminders = state.Reminders + 1 };
                return new SilenceEvaluation(SilenceDecision.Remind, reminded, silentSince, ongoing);
            }

            return new SilenceEvaluation(SilenceDecision.None, state, silentSince, ongoing);
        }

        var silence = policy.QuietHours.NonQuietTime(lastActivity, now);
        if (silence > policy.Threshold)
        {
            var raised = state with { RaisedAt = now, SilentSince = lastActivity, LastNotifiedAt = now, Reminders = 0 };
            return new SilenceEvaluation(SilenceDecision.Raise, raised, lastActivity, silence);
        }

        return new SilenceEvaluation(SilenceDecision.None, state, lastActivity, silence);
    }
}
