using OrderActors.Domain.Tracking;

namespace OrderActors.Domain.Tests.Tracking;

public sealed class TimelineTests
{
    [Theory]
    [InlineData(0, 1, TimelineStep.Next)]
    [InlineData(3, 4, TimelineStep.Next)]
    [InlineData(3, 3, TimelineStep.Duplicate)]
    [InlineData(3, 1, TimelineStep.Duplicate)]
    [InlineData(3, 5, TimelineStep.Gap)]
    [InlineData(0, 2, TimelineStep.Gap)]
    public void Events_are_appended_dropped_or_flag_a_gap(int last, int incoming, TimelineStep expected) =>
        Assert.Equal(expected, Timeline.Classify(last, incoming));

    [Fact]
    public void A_read_confirms_after_silence_or_when_the_activation_never_heard_from_the_order()
    {
        var now = new DateTimeOffset(2026, 11, 9, 0, 0, 0, TimeSpan.Zero);
        var quiet = TimeSpan.FromSeconds(30);

        Assert.True(Timeline.ShouldConfirmOnRead(null, now, quiet));
        Assert.True(Timeline.ShouldConfirmOnRead(now - quiet, now, quiet));
        Assert.False(Timeline.ShouldConfirmOnRead(now - TimeSpan.FromSeconds(29), now, quiet));
    }

    [Theory]
    [InlineData(3, 3, false)]
    [InlineData(3, 5, true)]
    [InlineData(4, 2, true)]
    public void The_timeline_is_rebuilt_whenever_its_version_differs_from_the_order(int timeline, int order, bool behind) =>
        Assert.Equal(behind, Timeline.IsBehind(timeline, order));
}
