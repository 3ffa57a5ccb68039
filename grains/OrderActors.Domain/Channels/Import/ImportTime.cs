using System.Globalization;

namespace OrderActors.Domain.Channels.Import;

/// <summary>
/// Times in an import file: ISO 8601 with an offset ("2026-11-11T10:00:00+08:00", "…Z", fractions
/// allowed), or <c>yyyy-MM-dd HH:mm:ss</c>, which is how the Chinese back offices export and is taken
/// as China time (GMT+8). An ISO time without an offset is refused rather than given the server's zone.
/// </summary>
public static class ImportTime
{
    private static readonly string[] IsoFormats =
    [
        "yyyy-MM-dd'T'HH:mm:sszzz",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
        "yyyy-MM-dd'T'HH:mm:ss'Z'",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
    ];

    public const string Accepted = "ISO 8601 with an offset (2026-11-11T10:00:00+08:00) or yyyy-MM-dd HH:mm:ss in China time";

    public static bool TryParse(string? text, out DateTimeOffset instant)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            instant = default;
            return false;
        }

        if (PlatformTime.TryParseChinaTime(value, out instant))
        {
            return true;
        }

        return DateTimeOffset.TryParseExact(value, IsoFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out instant);
    }
}
