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
}
