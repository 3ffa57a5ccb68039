using OrderActors.Domain.Channels.Import;

namespace OrderActors.Domain.Tests.Channels.Import;

public sealed class ImportTimeTests
{
    private static readonly DateTimeOffset TenInBeijing = new(2026, 11, 11, 2, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("2026-11-11 10:00:00")]
    [InlineData(" 2026-11-11 10:00:00 ")]
    [InlineData("2026-11-11T10:00:00+08:00")]
    [InlineData("2026-11-11T02:00:00Z")]
    [InlineData("2026-11-11T02:00:00.000Z")]
    [InlineData("2026-11-10T21:00:00-05:00")]
    [InlineData("2026-11-11T10:00:00.0000000+08:00")]
    public void Back_office_times_are_China_time_and_ISO_times_carry_their_offset(string text)
    {
        Assert.True(ImportTime.TryParse(text, out var instant));
        Assert.Equal(TenInBeijing, instant);
    }

    [Fact]
    public void A_back_office_time_is_read_as_GMT_plus_8_whatever_the_server_zone()
    {
        Assert.True(ImportTime.TryParse("2026-01-01 00:00:00", out var instant));
        Assert.Equal(TimeSpan.FromHours(8), instant.Offset);
        Assert.Equal(new DateTimeOffset(2025, 12, 31, 16, 0, 0, TimeSpan.Zero), instant.ToUniversalTime());
    }

    [Theory]
    [InlineData("2026-11-11T10:00:00")] // ISO without an offset: whose 10 o'clock?
    [InlineData("2026/11/11 10:00")]
    [InlineData("11/11/2026 10:00:00")]
    [InlineData("2026-02-30 10:00:00")]
    [InlineData("2026-11-11")]
    [InlineData("1762826400")]
    [InlineData("")]
    public void Other_forms_are_refused_rather_than_guessed(string text) => Assert.False(ImportTime.TryParse(text, out _));
}
