using OrderActors.Domain.Channels.Jd;

namespace OrderActors.Domain.Tests.Channels;

public sealed class JdSearchWindowTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    [Fact]
    public void One_calendar_month_on_China_time_is_allowed_and_a_second_more_is_not()
    {
        var start = new DateTimeOffset(2024, 1, 31, 10, 0, 0, China);

        Assert.True(JdSearchWindow.IsAllowed(start, new DateTimeOffset(2024, 2, 29, 10, 0, 0, China)));
        Assert.False(JdSearchWindow.IsAllowed(start, new DateTimeOffset(2024, 2, 29, 10, 0, 1, China)));
    }

    [Fact]
    public void The_month_is_counted_on_China_time_whatever_offset_the_instants_carry()
    {
        // 2024-02-29 20:00 UTC is 2024-03-01 04:00 in China: one month after 2024-02-01 04:00 China.
        var start = new DateTimeOffset(2024, 1, 31, 20, 0, 0, TimeSpan.Zero);

        Assert.True(JdSearchWindow.IsAllowed(start, new DateTimeOffset(2024, 2, 29, 20, 0, 0, TimeSpan.Zero)));
        Assert.False(JdSearchWindow.IsAllowed(start, new DateTimeOffset(2024, 2, 29, 20, 0, 1, TimeSpan.Zero)));
    }

    [Fact]
    public void An_empty_or_reversed_range_is_not_allowed_even_below_a_second()
    {
        var start = new DateTimeOffset(2024, 5, 1, 0, 0, 0, China);

        Assert.False(JdSearchWindow.IsAllowed(start, start));
        Assert.False(JdSearchWindow.IsAllowed(start, start.AddMilliseconds(900)));
        Assert.False(JdSearchWindow.IsAllowed(start, start.AddSeconds(-1)));
    }

    [Fact]
    public void Split_covers_a_long_period_in_allowed_contiguous_ranges()
    {
        var start = new DateTimeOffset(2024, 1, 15, 12, 0, 0, China);
        var end = new DateTimeOffset(2024, 4, 20, 0, 0, 0, China);

        var ranges = JdSearchWindow.Split(start, end);

        Assert.Equal(4, ranges.Count);
        Assert.Equal(start, ranges[0].Start);
        Assert.Equal(end, ranges[^1].End);
        Assert.All(ranges, r => Assert.True(JdSearchWindow.IsAllowed(r.Start, r.End)));
        Assert.All(ranges.Zip(ranges.Skip(1)), pair => Assert.Equal(pair.First.End, pair.Second.Start));
    }
}
