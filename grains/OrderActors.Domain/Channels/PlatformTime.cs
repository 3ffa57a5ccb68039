using System.Globalization;

namespace OrderActors.Domain.Channels;

/// <summary>
/// The time formats the platforms use. TOP and JD write <c>yyyy-MM-dd HH:mm:ss</c> in China Standard
/// Time (GMT+8, documented for TOP's timestamp parameter); Pinduoduo and Douyin use Unix seconds.
/// </summary>
public static class PlatformTime
{
    public const string ChinaFormat = "yyyy-MM-dd HH:mm:ss";

    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public static string FormatChinaTime(DateTimeOffset instant) =>
        instant.ToOffset(ChinaOffset).ToString(ChinaFormat, CultureInfo.InvariantCulture);

    public static bool TryParseChinaTime(string? text, out DateTimeOffset instant)
    {
        // A China time in the first eight hours of year 1 has no UTC instant (JD writes 0001-01-01 00:00:00 for "not yet").
        if (DateTime.TryParseExact(text?.Trim(), ChinaFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            && local >= DateTime.MinValue + ChinaOffset)
        {
            instant = new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), ChinaOffset);
            return true;
        }

        instant = default;
        return false;
    }

    public static long ToUnixSeconds(DateTimeOffset instant) => instant.ToUnixTimeSeconds();

    public static DateTimeOffset FromUnixSeconds(long seconds) => DateTimeOffset.FromUnixTimeSeconds(seconds);
}
