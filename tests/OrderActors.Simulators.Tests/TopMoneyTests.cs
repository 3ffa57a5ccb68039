using OrderActors.Grains.Channels.Taobao;

namespace OrderActors.Simulators.Tests;

public sealed class TopMoneyTests
{
    [Theory]
    [InlineData("12.50", 1250)]
    [InlineData("12.5", 1250)]
    [InlineData("12", 1200)]
    [InlineData("0.01", 1)]
    [InlineData("0.00", 0)]
    [InlineData("200.07", 20007)]
    [InlineData("1234567.89", 123456789)]
    [InlineData("-5.00", -500)]
    [InlineData(" 9.99 ", 999)]
    public void Yuan_strings_become_exact_fen(string yuan, long fen)
    {
        Assert.True(TopMoney.TryParseFen(yuan, out var parsed));
        Assert.Equal(fen, parsed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("12.505")]
    [InlineData("12.")]
    [InlineData(".5")]
    [InlineData("1,000.00")]
    [InlineData("1e3")]
    [InlineData("abc")]
    [InlineData("--1")]
    [InlineData("9999999999999999.00")]
    public void Anything_else_is_refused_rather_than_rounded(string? yuan)
    {
        Assert.False(TopMoney.TryParseFen(yuan, out _));
    }
}
