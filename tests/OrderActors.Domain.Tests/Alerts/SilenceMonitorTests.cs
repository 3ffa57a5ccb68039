using OrderActors.Domain.Alerts;

namespace OrderActors.Domain.Tests.Alerts;

public sealed class SilenceMonitorTests
{
    private static readonly SilencePolicy TenMinutes = SilencePolicy.Default;
    private static readonly SilencePolicy Nightly = new(TimeSpan.FromMinutes(10), QuietHours.Parse(["Mon-Sun 01:00-07:00"]));

    private static DateTimeOffset At(string chinaTime) => DateTimeOffset.Parse(chinaTime + "+08:00", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Ten_minutes_without_a_new_order_raise_nothing_a_second_more_raises_the_alert()
    {
        var lastOrder = At("2026-03-02 10:00");

        var atThreshold = SilenceMonitor.Evaluate(TenMinutes, lastOrder, lastOrder.AddMinutes(10), SilenceAlertState.Initial);
        var (decision, state) = SilenceMonitor.Evaluate(TenMinutes, lastOrder, lastOrder.AddMinutes(10).AddSeconds(1), SilenceAlertState.Initial);

        Assert.Equal(SilenceDecision.None, atThreshold.Decision);
        Assert.Same(SilenceAlertState.Initial, atThreshold.State);
        Assert.Equal(SilenceDecision.Raise, decision);
        Assert.True(state.IsRaised);
        Assert.Equal(lastOrder.AddMinutes(10).AddSeconds(1), state.RaisedAt);
        Assert.Equal(state.RaisedAt, state.LastNotifiedAt);
        Assert.Equal(lastOrder, state.SilentSince);
    }

    [Fact]
    public void A_raised_alert_is_not_raised_again_a_minute_later_nor_days_later_without_a_reminder_policy()
    {
        var lastOrder = At("2026-03-02 10:00");
        var raised = SilenceMonitor.Evaluate(TenMinutes, lastOrder, lastOrder.AddMinutes(11), SilenceAlertState.Initial).State;

        var minuteLater = SilenceMonitor.Evaluate(TenMinutes, lastOrder, lastOrder.AddMinutes(12), raised);
        var daysLater = SilenceMonitor.Evaluate(TenMinutes, lastOrder, lastOrder.AddDays(3), minuteLater.State);

        Assert.Equal(SilenceDecision.None, minuteLater.Decision);
        Assert.Same(raised, minuteLater.State);
        Assert.Equal(SilenceDecision.None, daysLater.Decision);
        Assert.Equal(TimeSpan.FromDays(3), daysLater.Silence);
    }

    [Fact]
    public void With_a_reminder_interval_the_alert_is_repeated_no_more_often_than_that()
    {
        var policy = new SilencePolicy(TimeSpan.FromMinutes(10), repeatEvery: TimeSpan.FromHours(2));
        var lastOrder = At("2026-03-02 10:00");
        var raisedAt = lastOrder.AddMinutes(11);
        var state = SilenceMonitor.Evaluate(policy, lastOrder, raisedAt, SilenceAlertState.Initial).State;

        var early = SilenceMonitor.Evaluate(policy, lastOrder, raisedAt.AddHours(2).AddSeconds(-1), state);
        var first = SilenceMonitor.Evaluate(policy, lastOrder, raisedAt.AddHours(2), early.State);
        var minuteLater = SilenceMonitor.Evaluate(policy, lastOrder, raisedAt.AddHours(2).AddMinutes(1), first.State);
        var second = SilenceMonitor.Evaluate(policy, lastOrder, raisedAt.AddHours(4).AddMinutes(5), minuteLater.State);

        Assert.Equal(SilenceDecision.None, early.Decision);
        Assert.Equal(SilenceDecision.Remind, first.Decision);
        Assert.Equal(1, first.State.Reminders);
        Assert.Equal(raisedAt.AddHours(2), first.State.LastNotifiedAt);
        Assert.Equal(raisedAt, first.State.RaisedAt);
        Assert.Equal(SilenceDecision.None, minuteLater.Decision);
        Assert.Equal(SilenceDecision.Remind, second.Decision);
        Assert.Equal(2, second.State.Reminders);
        Assert.Equal(lastOrder, second.SilentSince);
    }

    [Fact]
    public void A_reminder_due_in_quiet_hours_waits_for_them_to_end()
    {
        var policy = new SilencePolicy(TimeSpan.FromMinutes(10), QuietHours.Parse(["Mon-Sun 01:00-07:00"]), TimeSpan.FromHours(1));
        var lastOrder = At("2026-03-02 00:30");
        var raised = SilenceMonitor.Evaluate(policy, lastOrder, At("2026-03-02 00:45"), SilenceAlertState.Initial);

        var atNight = SilenceMonitor.Evaluate(policy, lastOrder, At("2026-03-02 03:00"), raised.State);
        var morning = SilenceMonitor.Evaluate(policy, lastOrder, At("2026-03-02 07:00"), atNight.State);

        Assert.Equal(SilenceDecision.Raise, raised.Decision);
        Assert.Equal(SilenceDecision.None, atNight.Decision);
        Assert.Equal(SilenceDecision.Remind, morning.Decision);
        Assert.Equal(TimeSpan.FromMinutes(30), morning.Silence); // 00:30-01:00 only
    }

    [Fact]
    public void A_new_order_after_the_alert_clears_it_exactly_once()
    {
        var lastOrder = At("2026-03-02 10:00");
        var raised = SilenceMonitor.Evaluate(TenMinutes, lastOrder, lastOrder.AddMinutes(15), SilenceAlertState.Initial).State;
        var newOrder = lastOrder.AddMinutes(40);

        var clear = SilenceMonitor.Evaluate(TenMinutes, newOrder, newOrder.AddMinutes(1), raised);
        var again = SilenceMonitor.Evaluate(TenMinutes, newOrder, newOrder.AddMinutes(2), clear.State);

        Assert.Equal(SilenceDecision.Clear, clear.Decision);
        Assert.False(clear.State.IsRaised);
        Assert.Equal(newOrder.AddMinutes(1), clear.State.ClearedAt);
        Assert.Null(clear.State.LastNotifiedAt);
        Assert.Equal(lastOrder, clear.SilentSince);
        Assert.Equal(newOrder, clear.ResumedAt);
        Assert.Equal(TimeSpan.FromMinutes(40), clear.Silence);
        Assert.Equal(SilenceDecision.None, again.Decision);
        Assert.Same(clear.State, again.State);
    }

    [Fact]
    public void Without_an_open_alert_new_orders_clear_nothing()
    {
        var lastOrder = At("2026-03-02 10:00");

        var evaluation = SilenceMonitor.Evaluate(TenMinutes, lastOrder.AddMinutes(5), lastOrder.AddMinutes(6), SilenceAlertState.Initial);

        Assert.Equal(SilenceDecision.None, evaluation.Decision);
    }

    [Fact]
    public void After_the_all_clear_a_new_silence_raises_a_new_alert()
    {
        var first = At("2026-03-02 10:00");
        var raised = SilenceMonitor.Evaluate(TenMinutes, first, first.AddMinutes(11), SilenceAlertState.Initial).State;
        var resumed = first.AddMinutes(30);
        var cleared = SilenceMonitor.Evaluate(TenMinutes, resumed, resumed.AddMinutes(1), raised).State;

        var second = SilenceMonitor.Evaluate(TenMinutes, resumed, resumed.AddMinutes(12), cleared);

        Assert.Equal(SilenceDecision.Raise, second.Decision);
        Assert.Equal(resumed, second.State.SilentSince);
        Assert.Equal(resumed.AddMinutes(1), second.State.ClearedAt); // the last clearance stays for display
    }

    [Fact]
    public void A_silence_entirely_in_quiet_hours_raises_nothing()
    {
        var lastOrder = At("2026-03-02 01:05");

        var evaluation = SilenceMonitor.Evaluate(Nightly, lastOrder, At("2026-03-02 06:55"), SilenceAlertState.Initial);

        Assert.Equal(SilenceDecision.None, evaluation.Decision);
        Assert.Equal(TimeSpan.Zero, evaluation.Silence);
    }

    [Fact]
    public void A_silence_from_quiet_hours_counts_from_their_end()
    {
        var lastOrder = At("2026-03-02 01:05");

        var atTen = SilenceMonitor.Evaluate(Nightly, lastOrder, At("2026-03-02 07:10"), SilenceAlertState.Initial);
        var past = SilenceMonitor.Evaluate(Nightly, lastOrder, At("2026-03-02 07:10:01"), SilenceAlertState.Initial);

        Assert.Equal(SilenceDecision.None, atTen.Decision);
        Assert.Equal(SilenceDecision.Raise, past.Decision);
    }

    [Fact]
    public void A_silence_across_quiet_hours_counts_only_the_parts_outside_them()
    {
        // 5 minutes before the window, 6 after it: 11 > 10.
        var lastOrder = At("2026-03-02 00:55");

        var before = SilenceMonitor.Evaluate(Nightly, lastOrder, At("2026-03-02 07:04"), SilenceAlertState.Initial);
        var after = SilenceMonitor.Evaluate(Nightly, lastOrder, At("2026-03-02 07:06"), SilenceAlertState.Initial);

        Assert.Equal(SilenceDecision.None, before.Decision);
        Assert.Equal(TimeSpan.FromMinutes(9), before.Silence);
        Assert.Equal(SilenceDecision.Raise, after.Decision);
        Assert.Equal(TimeSpan.FromMinutes(11), after.Silence);
    }

    [Fact]
    public void A_shop_never_quiet_on_its_flash_sale_date_raises_in_the_night()
    {
        var policy = new SilencePolicy(TimeSpan.FromMinutes(10), QuietHours.Parse(["Mon-Sun 01:00-07:00", "!2026-11-11"]));
        var lastOrder = At("2026-11-11 01:00");

        var evaluation = SilenceMonitor.Evaluate(policy, lastOrder, At("2026-11-11 01:11"), SilenceAlertState.Initial);

        Assert.Equal(SilenceDecision.Raise, evaluation.Decision);
    }

    [Fact]
    public void A_clock_behind_the_last_order_sees_no_silence()
    {
        var lastOrder = At("2026-03-02 10:00");

        var evaluation = SilenceMonitor.Evaluate(TenMinutes, lastOrder, lastOrder.AddMinutes(-30), SilenceAlertState.Initial);

        Assert.Equal(SilenceDecision.None, evaluation.Decision);
        Assert.Equal(TimeSpan.Zero, evaluation.Silence);
    }

    [Fact]
    public void A_policy_needs_a_positive_threshold_and_a_positive_reminder_interval_if_any()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SilencePolicy(TimeSpan.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SilencePolicy(TimeSpan.FromMinutes(10), repeatEvery: TimeSpan.Zero));
        Assert.Equal(TimeSpan.FromMinutes(10), SilencePolicy.Default.Threshold);
        Assert.Null(SilencePolicy.Default.RepeatEvery);
        Assert.True(SilencePolicy.Default.QuietHours.IsEmpty);
    }
}
