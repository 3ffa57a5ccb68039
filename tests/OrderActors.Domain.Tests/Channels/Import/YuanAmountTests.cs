using OrderActors.Domain.Channels.Import;

namespace OrderActors.Domain.Tests.Channels.Import;

public sealed class YuanAmountTests
{
    [Theory]
    [InlineData("33.00", 3300)]
    [InlineData("33", 3300)]
    [InlineData("33.5", 3350)]
    [InlineData("0.01", 1)]
    [InlineData("0.1", 10)]
    [InlineData("0", 0)]
    [InlineData(" 168.80 ", 16880)]
    [InlineData("0.29", 29)] // 0.29 * 100 is 28.999999999999996 in binary floating point
    [InlineData("1.13", 113)]
    [InlineData("999999999999.99", 99_999_999_999_999)]
    public void Yuan_become_fen_exactly(string text, long fen)
    {
        Assert.True(YuanAmount.TryParseFen(text, out var parsed));
        Assert.Equal(fen, parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("-1.00")]
    [InlineData("+1.00")]
    [InlineData("33.333")]
    [InlineData("1,299.00")]
    [InlineData("¥33.00")]
    [InlineData("33.")]
    [InlineData(".50")]
    [InlineData("1e3")]
    [InlineData("1 000")]
    [InlineData("3\u0663")] // an Arabic-Indic digit: a digit, but not an ASCII one
    [InlineData("1000000000000")]
    public void Anything_but_plain_yuan_with_two_decimals_is_refused(string text) =>
        Assert.False(YuanAmount.TryParseFen(text, out _));
}
