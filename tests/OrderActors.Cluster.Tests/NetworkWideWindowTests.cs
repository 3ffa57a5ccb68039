using OrderActors.GrainInterfaces.Routing;
using OrderActors.Grains.Routing;

namespace OrderActors.Cluster.Tests;

public sealed class NetworkWideWindowTests
{
    private static readonly DateTimeOffset Double11 = new(2026, 11, 11, 0, 0, 0, TimeSpan.FromHours(8));

    [Theory]
    [InlineData("global", null, "web", "TEA", true)]
    [InlineData("sku", "TEA", "web", "TEA", true)]
    [InlineData("sku", "MUG", "web", "TEA", false)]
    [InlineData("channel", "tmall", "TMALL", "TEA", true)]
    [InlineData("channel", "jd", "tmall", "TEA", false)]
    public void A_window_applies_by_scope(string scope, string? value, string channel, string sku, bool open)
    {
        NetworkWideWindow[] windows = [new(scope, value, Double11, Double11.AddDays(1), "Double 11")];

        Assert.Equal(open, NetworkWideWindows.AnyOpen(windows, Double11.AddHours(1), channel, [sku]));
    }

    [Fact]
    public void A_window_is_open_from_its_start_until_just_before_its_end()
    {
        NetworkWideWindow[] windows = [new("global", null, Double11, Double11.AddDays(1), null)];

        Assert.False(NetworkWideWindows.AnyOpen(windows, Double11.AddTicks(-1), "web", ["TEA"]));
        Assert.True(NetworkWideWindows.AnyOpen(windows, Double11, "web", ["TEA"]));
        Assert.False(NetworkWideWindows.AnyOpen(windows, Double11.AddDays(1), "web", ["TEA"]));
    }
}
