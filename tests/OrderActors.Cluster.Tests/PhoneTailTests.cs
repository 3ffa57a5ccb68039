using OrderActors.GrainInterfaces.Orders;

namespace OrderActors.Cluster.Tests;

/// <summary>The only part of a buyer's phone number the search model keeps and the API shows.</summary>
public sealed class PhoneTailTests
{
    [Theory]
    [InlineData("13800138000", "8000")]
    [InlineData("+86 138-0013-8123", "8123")]
    [InlineData("021 6543 2100", "2100")]
    [InlineData("123", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void The_tail_is_the_last_four_digits_ignoring_separators(string? phone, string? tail) =>
        Assert.Equal(tail, PhoneTail.Of(phone));

    [Theory]
    [InlineData("8000", true)]
    [InlineData("800", false)]
    [InlineData("80000", false)]
    [InlineData("80a0", false)]
    [InlineData("８０００", false)]
    [InlineData(null, false)]
    public void Only_four_ascii_digits_read_as_a_tail(string? text, bool isTail) =>
        Assert.Equal(isTail, PhoneTail.IsTail(text));

    [Fact]
    public void A_tail_is_shown_behind_stars() => Assert.Equal("*** **** 8000", PhoneTail.Mask("8000"));
}
