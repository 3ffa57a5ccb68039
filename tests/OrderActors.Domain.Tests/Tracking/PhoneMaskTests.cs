using OrderActors.Domain.Tracking;

namespace OrderActors.Domain.Tests.Tracking;

public sealed class PhoneMaskTests
{
    [Theory]
    [InlineData("13800138000", "138****8000")]
    [InlineData("+86 138-0013-8000", "138****8000")]
    [InlineData("021-64371234", "021****1234")]
    [InlineData("12345", "****45")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Only_the_first_three_and_last_four_digits_stay_readable(string? phone, string expected) =>
        Assert.Equal(expected, PhoneMask.Mask(phone));
}
