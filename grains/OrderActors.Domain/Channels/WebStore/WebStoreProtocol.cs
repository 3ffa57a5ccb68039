using System.Globalization;
using System.Text.RegularExpressions;

namespace OrderActors.Domain.Channels.WebStore;

/// <summary>
/// The own web store's protocol, which OrderActors defines (docs/channels-webstore.md is the contract a
/// store developer implements): the webhook headers and the limits of the store's order API. There
/// is no third party to confirm these against; every value here is ours and both sides follow it.
/// </summary>
public static partial class WebStoreProtocol
{
    /// <summary>Unix seconds at which the store signed the delivery.</summary>
    public const string TimestampHeader = "X-OrderActors-Timestamp";

    /// <summary>Lowercase hex HMAC-SHA256 of <c>{timestamp}.{body}</c> (<see cref="WebhookSignature"/>).</summary>
    public const string SignatureHeader = "X-OrderActors-Signature";

    /// <summary>The store's id of this delivery; a retry of the same delivery carries the same id.</summary>
    public const string DeliveryIdHeader = "X-OrderActors-Delivery-Id";

    /// <summary>How far a signed timestamp may be from the receiver's clock, either way.</summary>
    public static readonly TimeSpan DefaultTolerance = TimeSpan.FromMinutes(5);

    /// <summary>The largest webhook body the receiver reads (an order of 200 lines fits many times over).</summary>
    public const int MaxBodyBytes = 256 * 1024;

    /// <summary><c>page_size</c> of the order list: 1-100, default 50.</summary>
    public const int MaxPageSize = 100;

    /// <summary><c>updated_to − updated_from</c> (and <c>created_to − created_from</c>) of one list call: at most 24 hours.</summary>
    public static readonly TimeSpan MaxWindow = TimeSpan.FromDays(1);

    /// <summary>How far back the store serves changes: 90 days.</summary>
    public static readonly TimeSpan MaxLookback = TimeSpan.FromDays(90);

    /// <summary>
    /// RFC 3339 <c>date-time</c>: date, 'T', time with seconds, an optional fraction (any length; beyond
    /// 100 ns it is cut), and an offset, <c>Z</c> or <c>±hh:mm</c>. A time without an offset is refused:
    /// whose local time it would be is a guess.
    /// </summary>
    public static bool TryParseTime(string? text, out DateTimeOffset instant)
    {
        instant = default;
        var match = text is null ? Match.Empty : Rfc3339().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var fraction = match.Groups["fraction"].Value;
        var offset = match.Groups["offset"].Value;
        var normalized = match.Groups["seconds"].Value.ToUpperInvariant()
            + (fraction.Length == 0 ? string.Empty : "." + fraction[..Math.Min(7, fraction.Length)])
            + (offset is "Z" or "z" ? "+00:00" : offset);
        return DateTimeOffset.TryParseExact(
            normalized, ["yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz"], CultureInfo.InvariantCulture, DateTimeStyles.None, out instant);
    }

    /// <summary>An instant as the store's API writes and reads it: UTC, <c>Z</c>, with the fraction only when there is one.</summary>
    public static string FormatTime(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<seconds>\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2})(?:\.(?<fraction>\d{1,9}))?(?<offset>[Zz]|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Rfc3339();
}
