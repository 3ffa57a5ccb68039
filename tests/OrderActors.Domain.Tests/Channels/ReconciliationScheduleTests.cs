using OrderActors.Domain.Channels;

namespace OrderActors.Domain.Tests.Channels;

public sealed class ReconciliationScheduleTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    [Fact]
    public void A_platform_day_is_a_China_day()
    {
        var (start, end) = ReconciliationSchedule.ChinaDay(new DateOnly(2026, 11, 11));

        Assert.Equal(new DateTimeOffset(2026, 11, 10, 16, 0, 0, TimeSpan.Zero), start);
        Assert.Equal(TimeSpan.FromDays(1), end - start);
        Assert.Equal(new DateOnly(2026, 11, 11), ReconciliationSchedule.DayOf(new DateTimeOffset(2026, 11, 10, 16, 0, 0, TimeSpan.Zero)));
        Assert.Equal(new DateOnly(2026, 11, 10), ReconciliationSchedule.DayOf(new DateTimeOffset(2026, 11, 10, 15, 59, 59, TimeSpan.Zero)));
    }

    [Fact]
    public void The_last_days_end_yesterday_China_time()
    {
        // 01:00 on 25 November in Beijing is still the 24th in UTC.
        var now = new DateTimeOffset(2026, 11, 25, 1, 0, 0, China);

        Assert.Equal((new DateOnly(2026, 11, 18), new DateOnly(2026, 11, 24)), ReconciliationSchedule.LastDays(now, 7));
    }

    [Theory]
    [InlineData("2026-11-25T10:00:00+08:00", "2026-11-30T03:30:00+08:00")] // a Wednesday: next Monday
    [InlineData("2026-11-30T03:00:00+08:00", "2026-11-30T03:30:00+08:00")] // Monday before the time: today
    [InlineData("2026-11-30T03:30:00+08:00", "2026-12-07T03:30:00+08:00")] // exactly at the time: next week, never zero
    [InlineData("2026-11-29T19:00:00+00:00", "2026-11-30T03:30:00+08:00")] // Sunday in UTC, Monday in Beijing
    public void The_run_is_due_at_the_next_weekday_and_time_in_China(string now, string due)
    {
        var at = DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture);

        var dueIn = ReconciliationSchedule.DueIn(at, DayOfWeek.Monday, new TimeOnly(3, 30));

        Assert.Equal(DateTimeOffset.Parse(due, System.Globalization.CultureInfo.InvariantCulture), at + dueIn);
    }

    [Theory]
    [InlineData(PlatformOrderState.Paid, true)]
    [InlineData(PlatformOrderState.Shipped, true)]
    [InlineData(PlatformOrderState.Refunded, true)]
    [InlineData(PlatformOrderState.AwaitingPayment, false)]
    [InlineData(PlatformOrderState.Cancelled, false)]
    [InlineData(PlatformOrderState.Closed, false)]
    [InlineData(PlatformOrderState.Unknown, false)]
    public void Only_orders_that_were_paid_and_not_closed_unrecorded_count(PlatformOrderState state, bool counts) =>
        Assert.Equal(counts, ReconciliationSchedule.Counts(state));

    [Fact]
    public void Repair_windows_cover_every_missing_time_and_merge_close_ones()
    {
        var t = new DateTimeOffset(2026, 11, 24, 12, 0, 0, China);

        var windows = ReconciliationSchedule.RepairWindows([t.AddMinutes(20), t, t.AddHours(3)], TimeSpan.FromHours(1));

        Assert.Equal(2, windows.Count);
        Assert.Equal(new PullWindow(t.AddMinutes(-1), t.AddMinutes(59)), windows[0]);
        Assert.Equal(new PullWindow(t.AddHours(3).AddMinutes(-1), t.AddHours(3).AddMinutes(59)), windows[1]);
        Assert.All([t, t.AddMinutes(20), t.AddHours(3)], m => Assert.Contains(windows, w => w.Start <= m && m <= w.End));
    }
}
