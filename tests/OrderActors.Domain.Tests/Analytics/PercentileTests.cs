using OrderActors.Domain.Analytics;

namespace OrderActors.Domain.Tests.Analytics;

public sealed class PercentileTests
{
    [Theory]
    [InlineData(50, 5)]
    [InlineData(90, 9)]
    [InlineData(91, 10)]
    [InlineData(100, 10)]
    [InlineData(0, 1)]
    [InlineData(10, 1)]
    [InlineData(11, 2)]
    public void Nearest_rank_takes_the_value_at_rank_ceiling_of_p_times_n(double p, double expected) =>
        Assert.Equal(expected, Percentile.NearestRank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], p));

    [Fact]
    public void With_five_values_p50_is_the_third_and_p90_the_fifth_never_an_interpolated_time()
    {
        double[] values = [15, 20, 35, 40, 50];
        Assert.Equal(35, Percentile.NearestRank(values, 50));
        Assert.Equal(50, Percentile.NearestRank(values, 90));
    }

    [Fact]
    public void No_values_or_a_percentile_outside_0_to_100_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Percentile.NearestRank([], 50));
        Assert.Throws<ArgumentOutOfRangeException>(() => Percentile.NearestRank([1], 101));
    }
}
