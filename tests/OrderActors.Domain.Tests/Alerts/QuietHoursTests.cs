using OrderActors.Domain.Alerts;

namespace OrderActors.Domain.Tests.Alerts;

public sealed class QuietHoursTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    /// <summary>An instant written as sellers read it: China time.</summary>
    private static DateTimeOffset At(string chinaTime) => DateTimeOffset.Parse(chinaTime + "+08:00", System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2026-03-02 01:30", true)] // Monday, inside
    [InlineData("2026-03-02 00:59", false)]
    [InlineData("2026-03-02 01:00", true)] // the start is quiet
    [InlineData("2026-03-02 06:59", true)]
    [InlineData("2026-03-02 07:00", false)] // the end is not
    [InlineData("2026-03-08 03:00", true)] // Sunday too
    public void A_nightly_window_is_read_in_China_time(string chinaTime, bool quiet)
    {
        var hours = QuietHours.Parse(["Mon-Sun 01:00-07:00"]);

        Assert.Equal(quiet, hours.IsQuiet(At(chinaTime)));
        Assert.Equal(quiet, hours.IsQuiet(At(chinaTime).ToUniversalTime()));
    }

    [Fact]
    public void The_same_instant_in_UTC_is_quiet_by_the_China_clock()
    {
        var hours = QuietHours.Parse(["Mon-Sun 01:00-07:00"]);

        // 18:00 UTC on Sunday is 02:00 on Monday in China.
        Assert.True(hours.IsQuiet(new DateTimeOffset(2026, 3, 1, 18, 0, 0, TimeSpan.Zero)));
        Assert.False(hours.IsQuiet(new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData("2026-03-06 23:00", true)] // Friday
    [InlineData("2026-03-06 22:59", false)]
    [InlineData("2026-03-07 00:00", true)] // Saturday, after midnight
    [InlineData("2026-03-07 01:59", true)]
    [InlineData("2026-03-07 02:00", false)]
    [InlineData("2026-03-05 23:30", false)] // Thursday night is not quiet
    [InlineData("2026-03-06 01:00", false)] // nor Friday early morning
    public void A_window_ending_before_it_starts_crosses_midnight_into_the_next_day(string chinaTime, bool quiet)
    {
        var hours = QuietHours.Parse(["Fri 23:00-02:00"]);

        Assert.Equal(quiet, hours.IsQuiet(At(chinaTime)));
    }

    [Theory]
    [InlineData("2026-03-08 22:30", true)] // Sunday night
    [InlineData("2026-03-09 05:59", true)] // Monday morning, the next week
    [InlineData("2026-03-09 06:00", false)]
    [InlineData("2026-03-08 05:00", false)] // Sunday morning is not in it
    public void A_Sunday_night_window_crosses_into_Monday_of_the_next_week(string chinaTime, bool quiet)
    {
        var hours = QuietHours.Parse(["Sun 22:00-06:00"]);

        Assert.Equal(quiet, hours.IsQuiet(At(chinaTime)));
    }

    [Theory]
    [InlineData("2026-03-07 00:00", true)] // Saturday
    [InlineData("2026-03-08 23:59", true)] // Sunday
    [InlineData("2026-03-09 12:00", true)] // Monday
    [InlineData("2026-03-10 00:00", false)] // Tuesday
    [InlineData("2026-03-06 23:59", false)] // Friday
    public void A_day_range_may_wrap_over_the_weekend_and_24_00_ends_the_day(string chinaTime, bool quiet)
    {
        var hours = QuietHours.Parse(["sat-MON 00:00-24:00"]);

        Assert.Equal(quiet, hours.IsQuiet(At(chinaTime)));
    }

    [Theory]
    [InlineData("2026-03-02 09:30", true)] // Monday
    [InlineData("2026-03-03 09:30", false)] // Tuesday
    [InlineData("2026-03-04 09:30", true)] // Wednesday
    [InlineData("2026-03-07 12:30", true)] // Saturday, second entry
    public void Days_may_be_listed_and_entries_combine(string chinaTime, bool quiet)
    {
        var hours = QuietHours.Parse(["Mon,Wed 09:00-10:00", "Sat 12:00-13:00"]);

        Assert.Equal(quiet, hours.IsQuiet(At(chinaTime)));
    }

    [Theory]
    [InlineData("2026-10-01 00:00", true)]
    [InlineData("2026-10-01 12:00", true)] // daytime on the holiday
    [InlineData("2026-10-01 23:59", true)]
    [InlineData("2026-10-02 12:00", false)] // the day after
    [InlineData("2026-10-02 03:00", true)] // the weekly window still applies
    public void A_dated_entry_is_quiet_all_day(string chinaTime, bool quiet)
    {
        var hours = QuietHours.Parse(["Mon-Sun 01:00-07:00", "2026-10-01"]);

        Assert.Equal(quiet, hours.IsQuiet(At(chinaTime)));
    }

    [Fact]
    public void A_date_range_is_quiet_on_every_day_of_it()
    {
        var hours = QuietHours.Parse(["2026-10-01..2026-10-07"]);

        Assert.True(hours.IsQuiet(At("2026-10-01 00:00")));
        Assert.True(hours.IsQuiet(At("2026-10-07 23:59")));
        Assert.False(hours.IsQuiet(At("2026-10-08 00:00")));
        Assert.False(hours.IsQuiet(At("2026-09-30 23:59")));
    }

    [Theory]
    [InlineData("2026-11-11 00:00", false)] // the flash-sale night is never quiet
    [InlineData("2026-11-11 03:00", false)]
    [InlineData("2026-11-10 03:00", true)] // the night before is
    [InlineData("2026-11-12 03:00", true)] // and the night after
    public void A_date_marked_with_an_exclamation_mark_is_never_quiet(string chinaTime, bool quiet)
    {
        var hours = QuietHours.Parse(["Mon-Sun 01:00-07:00", "!2026-11-11"]);

        Assert.Equal(quiet, hours.IsQuiet(At(chinaTime)));
    }

    [Fact]
    public void A_window_crossing_midnight_into_a_never_quiet_date_stops_at_that_midnight()
    {
        // 2026-11-10 is a Tuesday; the window would run to Wednesday 02:00, but Wednesday is Double 11.
        var hours = QuietHours.Parse(["Tue 23:00-02:00", "!2026-11-11"]);

        Assert.True(hours.IsQuiet(At("2026-11-10 23:30")));
        Assert.False(hours.IsQuiet(At("2026-11-11 01:00")));
        Assert.Equal(TimeSpan.FromMinutes(60), hours.QuietTime(At("2026-11-10 22:00"), At("2026-11-11 03:00")));
    }

    [Theory]
    [InlineData("Mon-Sun 25:00-07:00", "Quiet hours entry \"Mon-Sun 25:00-07:00\": the start \"25:00\" is not a time of day HH:mm from 00:00 to 23:59.")]
    [InlineData("Mon-Sun 24:00-07:00", "the start \"24:00\" is not a time of day")]
    [InlineData("Mon-Sun 01:00-24:30", "the end \"24:30\" is not a time of day HH:mm from 00:00 to 24:00.")]
    [InlineData("Mon-Sun 1:00-07:00", "the start \"1:00\" is not a time of day")]
    [InlineData("Mon-Sun 01:60-07:00", "the start \"01:60\" is not a time of day")]
    [InlineData("Mo-Fr 01:00-07:00", "\"Mo-Fr\" is not a day or a day range; days are Mon, Tue, Wed, Thu, Fri, Sat, Sun")]
    [InlineData("Mon-Tue-Wed 01:00-07:00", "\"Mon-Tue-Wed\" is not a day or a day range")]
    [InlineData("Mon,,Tue 01:00-07:00", "\"\" is not a day or a day range")]
    [InlineData("Mon-Sun 01:00", "\"01:00\" is not a time range HH:mm-HH:mm.")]
    [InlineData("Mon-Sun\t01:00-07:00x", "the end \"07:00x\" is not a time of day")]
    [InlineData("Mon 07:00-07:00", "Quiet hours entry \"Mon 07:00-07:00\": the window is empty; a whole day is 00:00-24:00.")]
    [InlineData("Mon-Sun", "Quiet hours entry \"Mon-Sun\" is not \"<days> HH:mm-HH:mm\"")]
    [InlineData("nightly 01:00-07:00 please", "is not \"<days> HH:mm-HH:mm\" (e.g. \"Mon-Fri 01:00-07:00\"), \"yyyy-MM-dd\" or \"!yyyy-MM-dd\".")]
    [InlineData("2026-13-01", "Quiet hours entry \"2026-13-01\" is not a date yyyy-MM-dd or a date range yyyy-MM-dd..yyyy-MM-dd")]
    [InlineData("2026-10-1", "Quiet hours entry \"2026-10-1\" is not a date")]
    [InlineData("!11-11", "Quiet hours entry \"!11-11\" is not a date")]
    [InlineData("2026-10-07..2026-10-01", "Quiet hours entry \"2026-10-07..2026-10-01\": the range ends before it starts.")]
    [InlineData("  ", "A quiet hours entry is empty.")]
    public void A_bad_entry_is_refused_with_a_message_naming_it_and_what_is_wrong(string entry, string message)
    {
        var ex = Assert.Throws<FormatException>(() => QuietHours.Parse(["Sat 00:00-24:00", entry]));

        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
        Assert.False(QuietHours.TryParse([entry], out var parsed, out var error));
        Assert.Null(parsed);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_both_quiet_and_never_quiet_is_a_contradiction()
    {
        var ex = Assert.Throws<FormatException>(() => QuietHours.Parse(["2026-11-01..2026-11-30", "!2026-11-11"]));

        Assert.Equal(
            "Quiet hours entries \"2026-11-01..2026-11-30\" and \"!2026-11-11\" contradict each other: 2026-11-11 would be both quiet all day and never quiet.",
            ex.Message);
    }

    [Fact]
    public void None_alone_means_no_quiet_hours_but_not_beside_other_entries()
    {
        Assert.True(QuietHours.Parse(["none"]).IsEmpty);
        Assert.True(QuietHours.Parse([]).IsEmpty);
        Assert.True(QuietHours.Parse(null).IsEmpty);
        var ex = Assert.Throws<FormatException>(() => QuietHours.Parse(["none", "Sat 00:00-24:00"]));
        Assert.Contains("\"none\" must stand alone", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Non_quiet_time_leaves_out_the_quiet_parts_of_an_interval()
    {
        var hours = QuietHours.Parse(["Mon-Sun 01:00-07:00"]);

        // Monday 00:00 to Monday 08:00: 1 h before the window, 1 h after it.
        Assert.Equal(TimeSpan.FromHours(2), hours.NonQuietTime(At("2026-03-02 00:00"), At("2026-03-02 08:00")));
        // Three whole days: 3 × 18 h.
        Assert.Equal(TimeSpan.FromHours(54), hours.NonQuietTime(At("2026-03-02 00:00"), At("2026-03-05 00:00")));
        // Entirely inside the window.
        Assert.Equal(TimeSpan.Zero, hours.NonQuietTime(At("2026-03-02 01:05"), At("2026-03-02 06:55")));
        // Reversed or empty intervals have none.
        Assert.Equal(TimeSpan.Zero, hours.NonQuietTime(At("2026-03-02 08:00"), At("2026-03-02 00:00")));
        Assert.Equal(TimeSpan.Zero, hours.NonQuietTime(At("2026-03-02 08:00"), At("2026-03-02 08:00")));
    }

    [Fact]
    public void Non_quiet_time_counts_a_holiday_and_a_never_quiet_date_by_their_China_days()
    {
        var hours = QuietHours.Parse(["Mon-Sun 01:00-07:00", "2026-10-01", "!2026-11-11"]);

        // 30 Sep 12:00 to 2 Oct 12:00: 30 Sep 12 h, 1 Oct holiday 0 h, 2 Oct 12 h less 01:00-07:00.
        Assert.Equal(TimeSpan.FromHours(18), hours.NonQuietTime(At("2026-09-30 12:00"), At("2026-10-02 12:00")));
        // Double 11 counts in full, the nights either side do not.
        Assert.Equal(TimeSpan.FromHours(1 + 24 + 1 + 1), hours.NonQuietTime(At("2026-11-10 23:00"), At("2026-11-12 08:00")));
    }

    [Fact]
    public void Quiet_time_agrees_with_asking_minute_by_minute()
    {
        var hours = QuietHours.Parse(["Mon-Fri 01:00-07:00", "Fri 22:30-03:15", "Sun 23:00-01:00", "Sat 12:00-24:00", "2026-03-11", "!2026-03-13"]);
        var random = new Random(20260301);
        var origin = At("2026-03-01 00:00");

        for (var run = 0; run < 200; run++)
        {
            var from = origin.AddMinutes(random.Next(0, 60 * 24 * 21));
            var to = from.AddMinutes(random.Next(0, 60 * 24 * 4));
            var quietMinutes = 0;
            for (var t = from; t < to; t = t.AddMinutes(1))
            {
                quietMinutes += hours.IsQuiet(t) ? 1 : 0;
            }

            Assert.Equal(TimeSpan.FromMinutes(quietMinutes), hours.QuietTime(from, to));
            Assert.Equal(to - from - TimeSpan.FromMinutes(quietMinutes), hours.NonQuietTime(from, to.ToOffset(China)));
        }
    }

    [Fact]
    public void Entries_are_kept_for_display()
    {
        var hours = QuietHours.Parse([" Mon-Sun 01:00-07:00 ", "!2026-11-11"]);

        Assert.Equal(["Mon-Sun 01:00-07:00", "!2026-11-11"], hours.Entries.ToArray());
        Assert.Equal("Mon-Sun 01:00-07:00; !2026-11-11", hours.ToString());
        Assert.Equal("none", QuietHours.None.ToString());
    }
}
