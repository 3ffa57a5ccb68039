using OrderActors.Domain.Channels;

namespace OrderActors.Domain.Tests.Channels;

public sealed class PlatformTimeTests
{
    [Theory]
    [InlineData("0001-01-01 00:00:00")]   // JD's "not yet" for paymentConfirmTime and orderEndTime
    [InlineData("0001-01-01 07:59:59")]
    public void A_China_time_with_no_UTC_instant_is_not_parsed_and_does_not_throw(string text) =>
        Assert.False(PlatformTime.TryParseChinaTime(text, out _));

    [Fact]
    public void The_first_representable_China_time_parses()
    {
        Assert.True(PlatformTime.TryParseChinaTime("0001-01-01 08:00:00", out var instant));
        Assert.Equal(DateTimeOffset.MinValue, instant.ToUniversalTime());
    }
}
