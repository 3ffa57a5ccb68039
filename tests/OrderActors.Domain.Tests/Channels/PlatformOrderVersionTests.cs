using OrderActors.Domain.Channels;

namespace OrderActors.Domain.Tests.Channels;

public sealed class PlatformOrderVersionTests
{
    private static readonly DateTimeOffset T = new(2024, 3, 1, 10, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void The_first_copy_is_applied() =>
        Assert.Equal(VersionDecision.Apply, PlatformOrderVersion.Decide(null, new PlatformOrderVersion(T)));

    [Fact]
    public void A_later_modified_time_wins() =>
        Assert.Equal(VersionDecision.Apply, PlatformOrderVersion.Decide(new PlatformOrderVersion(T), new PlatformOrderVersion(T.AddSeconds(1))));

    [Fact]
    public void An_older_copy_from_a_late_page_never_regresses_the_order() =>
        Assert.Equal(VersionDecision.IgnoreOlder, PlatformOrderVersion.Decide(new PlatformOrderVersion(T), new PlatformOrderVersion(T.AddSeconds(-1))));

    [Fact]
    public void The_same_instant_in_another_offset_is_the_same_version() =>
        Assert.Equal(VersionDecision.Same, PlatformOrderVersion.Decide(new PlatformOrderVersion(T), new PlatformOrderVersion(T.ToUniversalTime())));

    [Fact]
    public void On_a_tie_the_sequence_decides()
    {
        Assert.Equal(VersionDecision.Apply, PlatformOrderVersion.Decide(new PlatformOrderVersion(T, 4), new PlatformOrderVersion(T, 5)));
        Assert.Equal(VersionDecision.IgnoreOlder, PlatformOrderVersion.Decide(new PlatformOrderVersion(T, 5), new PlatformOrderVersion(T, 4)));
        Assert.Equal(VersionDecision.Same, PlatformOrderVersion.Decide(new PlatformOrderVersion(T, 5), new PlatformOrderVersion(T, 5)));
    }

    [Fact]
    public void Time_outranks_the_sequence() =>
        Assert.Equal(VersionDecision.IgnoreOlder, PlatformOrderVersion.Decide(new PlatformOrderVersion(T, 1), new PlatformOrderVersion(T.AddSeconds(-1), 99)));

    [Fact]
    public void A_tie_with_a_sequence_on_one_side_only_is_the_same_version() =>
        Assert.Equal(VersionDecision.Same, PlatformOrderVersion.Decide(new PlatformOrderVersion(T), new PlatformOrderVersion(T, 7)));

    [Fact]
    public void China_time_strings_round_trip_as_GMT_plus_8()
    {
        Assert.True(PlatformTime.TryParseChinaTime("2024-03-01 10:00:00", out var parsed));
        Assert.Equal(T, parsed);
        Assert.Equal("2024-03-01 10:00:00", PlatformTime.FormatChinaTime(T.ToUniversalTime()));
        Assert.False(PlatformTime.TryParseChinaTime("2024-03-01T10:00:00Z", out _));
    }
}
