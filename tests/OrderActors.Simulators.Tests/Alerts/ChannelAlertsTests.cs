using OrderActors.Domain.Alerts;
using OrderActors.Grains.Alerts;

namespace OrderActors.Simulators.Tests.Alerts;

public sealed class ChannelAlertsTests
{
    private static readonly SilencePolicy Hourly = new(TimeSpan.FromMinutes(10), QuietHours.Parse(["Mon-Sun 01:00-07:00"]), TimeSpan.FromHours(1));
    private static readonly DateTimeOffset LastOrder = new(2026, 3, 2, 10, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void Raise_remind_and_clear_make_one_incident_with_distinct_stable_ids()
    {
        var raise = SilenceMonitor.Evaluate(Hourly, LastOrder, LastOrder.AddMinutes(11), SilenceAlertState.Initial);
        var remind = SilenceMonitor.Evaluate(Hourly, LastOrder, LastOrder.AddMinutes(75), raise.State);
        var clear = SilenceMonitor.Evaluate(Hourly, LastOrder.AddMinutes(80), LastOrder.AddMinutes(81), remind.State);

        var raised = ChannelAlerts.Silence("taobao:shop1", raise, Hourly, LastOrder.AddMinutes(11))!;
        var reminded = ChannelAlerts.Silence("taobao:shop1", remind, Hourly, LastOrder.AddMinutes(75))!;
        var cleared = ChannelAlerts.Silence("taobao:shop1", clear, Hourly, LastOrder.AddMinutes(81))!;

        Assert.Equal((AlertKind.ChannelSilent, "taobao:shop1: no new order for 11 min"), (raised.Kind, raised.Subject));
        Assert.Equal((AlertKind.ChannelSilent, "taobao:shop1: still no new order (1 h 15 min)"), (reminded.Kind, reminded.Subject));
        Assert.Equal((AlertKind.ChannelRecovered, "taobao:shop1: orders are arriving again"), (cleared.Kind, cleared.Subject));
        var incident = LastOrder.ToUnixTimeSeconds();
        Assert.Equal($"channel-silent/taobao:shop1/{incident}", raised.IdempotencyId);
        Assert.Equal($"channel-silent/taobao:shop1/{incident}/reminder-1", reminded.IdempotencyId);
        Assert.Equal($"channel-recovered/taobao:shop1/{incident}", cleared.IdempotencyId);
        Assert.Contains("brought a new order at 2026-03-02 11:20:00 (GMT+8)", cleared.Body, StringComparison.Ordinal);
        Assert.Contains("1 h 20 min outside quiet hours", cleared.Body, StringComparison.Ordinal);
        Assert.Contains("Quiet hours (China time): Mon-Sun 01:00-07:00.", raised.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_silence_raised_again_later_has_the_same_id()
    {
        // A raise whose delivery failed and was not persisted is evaluated again on the next pull.
        var first = SilenceMonitor.Evaluate(Hourly, LastOrder, LastOrder.AddMinutes(11), SilenceAlertState.Initial);
        var again = SilenceMonitor.Evaluate(Hourly, LastOrder, LastOrder.AddMinutes(16), SilenceAlertState.Initial);

        Assert.Equal(
            ChannelAlerts.Silence("taobao:shop1", first, Hourly, LastOrder.AddMinutes(11))!.IdempotencyId,
            ChannelAlerts.Silence("taobao:shop1", again, Hourly, LastOrder.AddMinutes(16))!.IdempotencyId);
    }

    [Fact]
    public void Nothing_to_send_makes_no_alert()
    {
        var quiet = SilenceMonitor.Evaluate(Hourly, LastOrder, LastOrder.AddMinutes(5), SilenceAlertState.Initial);

        Assert.Null(ChannelAlerts.Silence("taobao:shop1", quiet, Hourly, LastOrder.AddMinutes(5)));
    }

    [Fact]
    public void Token_refresh_failure_and_reconciliation_alerts_have_ids_from_the_event()
    {
        var at = new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);

        var token = ChannelAlerts.TokenRefreshFailed("taobao:shop1", "invalid refresh_token", at, at.AddMinutes(50));
        var mismatch = ChannelAlerts.ReconciliationMismatch("taobao:shop1", "3 orders on the platform are missing here.", at, "run-42");

        Assert.Equal(AlertKind.TokenRefreshFailed, token.Kind);
        Assert.Equal($"token-refresh-failed/taobao:shop1/{at.ToUnixTimeSeconds()}", token.IdempotencyId);
        Assert.Contains("expires at 2026-03-02 10:50:00 (GMT+8)", token.Body, StringComparison.Ordinal);
        Assert.Equal(AlertKind.ReconciliationMismatch, mismatch.Kind);
        Assert.Equal("reconciliation-mismatch/taobao:shop1/run-42", mismatch.IdempotencyId);
    }

    [Theory]
    [InlineData("taobao:shop1", "taobao:shop1")]
    [InlineData("taobao:旗舰店", "taobao:%E6%97%97%E8%88%B0%E5%BA%97")]
    [InlineData("jd:a shop 100%", "jd:a%20shop%20100%25")]
    public void Id_parts_keep_printable_ascii_and_percent_encode_the_rest(string text, string id)
    {
        Assert.Equal(id, ChannelAlerts.IdPart(text));
    }

    [Fact]
    public void An_id_from_a_chinese_shop_name_fits_in_a_header()
    {
        var alert = TestAlerts.Silent();

        Assert.Equal($"channel-silent/taobao:%E6%97%97%E8%88%B0%E5%BA%97/{TestAlerts.LastOrder.ToUnixTimeSeconds()}", alert.IdempotencyId);
        Assert.Throws<ArgumentException>(() => new Alert(AlertKind.ChannelSilent, "taobao:旗舰店", DateTimeOffset.UnixEpoch, "s", "b", "channel-silent/旗舰店"));
    }

    [Theory]
    [InlineData(45, "45 s")]
    [InlineData(60 * 12, "12 min")]
    [InlineData(60 * 60, "1 h")]
    [InlineData(60 * 185, "3 h 5 min")]
    [InlineData(60 * 60 * 52, "2 d 4 h")]
    [InlineData(60 * 60 * 48, "2 d")]
    public void Durations_read_as_a_person_would_say_them(int seconds, string text)
    {
        Assert.Equal(text, ChannelAlerts.Duration(TimeSpan.FromSeconds(seconds)));
    }

    [Fact]
    public void An_alert_needs_a_source_a_one_line_subject_and_an_id()
    {
        var at = DateTimeOffset.UnixEpoch;
        Assert.Throws<ArgumentException>(() => new Alert(AlertKind.ChannelSilent, " ", at, "s", "b", "id"));
        Assert.Throws<ArgumentException>(() => new Alert(AlertKind.ChannelSilent, "src", at, "two\nlines", "b", "id"));
        Assert.Throws<ArgumentException>(() => new Alert(AlertKind.ChannelSilent, "src", at, "s", "b", ""));
    }
}
