using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace OrderActors.ClientApi.Orders;

/// <summary>
/// The keyset of the last row of a search page, opaque to callers: the placed time (in ticks, exact to the
/// microsecond PostgreSQL keeps) and the order id, base64url-encoded.
/// </summary>
public sealed record OrderSearchCursor(DateTimeOffset PlacedAt, string OrderId)
{
    public string Encode() =>
        WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes($"{PlacedAt.UtcTicks.ToString(CultureInfo.InvariantCulture)}|{OrderId}"));

    public static bool TryDecode(string? text, [NotNullWhen(true)] out OrderSearchCursor? cursor)
    {
        cursor = null;
        if (string.IsNullOrEmpty(text) || text.Length > 512)
        {
            return false;
        }

        try
        {
            var parts = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(text)).Split('|', 2);
            if (parts.Length != 2 || parts[1].Length == 0
                || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                || ticks < DateTimeOffset.MinValue.UtcTicks || ticks > DateTimeOffset.MaxValue.UtcTicks)
            {
                return false;
            }

            cursor = new OrderSearchCursor(new DateTimeOffset(ticks, TimeSpan.Zero), parts[1]);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
