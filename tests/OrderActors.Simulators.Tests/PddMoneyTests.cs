using OrderActors.Grains.Channels.Pinduoduo;

namespace OrderActors.Simulators.Tests;

public sealed class PddMoneyTests
{
    [Theory]
    [InlineData("12.50", 1250)]
    [InlineData("12.5", 1250)]
    [InlineData("12", 1200)]
    [InlineData("0.01", 1)]
    [InlineData("0", 0)]
    [InlineData("200.07", 20007)]
    [InlineData("1234567.89", 123456789)]
    [InlineData("1.0E7", 1000000000)]
    [InlineData("2.5E-1", 25)]
    [InlineData("12.500", 1250)]
    [InlineData("-5.00", -500)]
    [InlineData(" 9.99 ", 999)]
    public void Yuan_numbers_become_exact_fen(string yuan, long fen)
    {
        Assert.True(PddMoney.TryParseFen(yuan, out var parsed));
        Assert.Equal(fen, parsed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("12.505")]
    [InlineData("0.1E-2")]
    [InlineData("12.")]
    [InlineData("+1")]
    [InlineData("1,000.00")]
    [InlineData("abc")]
    [InlineData("--1")]
    [InlineData("1E30")]
    public void Anything_else_is_refused_rather_than_rounded(string? yuan)
    {
        Assert.False(PddMoney.TryParseFen(yuan, out _));
    }
}
