using System.Globalization;

namespace OrderActors.Grains.Channels.Taobao;

/// <summary>
/// TOP writes amounts as strings in yuan with at most two decimals ("200.07" is 200 yuan 7 fen,
/// documented on the Trade fields). We keep fen as a long, converted digit by digit: never through
/// a binary floating-point number, so no amount is ever off by a fen.
/// </summary>
internal static class TopMoney
{
    public static bool TryParseFen(string? yuan, out long fen)
    {
        fen = 0;
        var text = yuan?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var negative = text[0] == '-';
        var digits = negative ? text[1..] : text;
        var dot = digits.IndexOf('.', StringComparison.Ordinal);
        var whole = dot < 0 ? digits : digits[..dot];
        var fraction = dot < 0 ? string.Empty : digits[(dot + 1)..];
        if (whole.Length == 0 || whole.Length > 15 || fraction.Length > 2 || (dot >= 0 && fraction.Length == 0)
            || !whole.All(char.IsAsciiDigit) || !fraction.All(char.IsAsciiDigit))
        {
            return false;
        }

        var yuanPart = long.Parse(whole, NumberStyles.None, CultureInfo.InvariantCulture);
        var fenPart = fraction.Length == 0 ? 0 : int.Parse(fraction.PadRight(2, '0'), NumberStyles.None, CultureInfo.InvariantCulture);
        var value = (yuanPart * 100) + fenPart;
        fen = negative ? -value : value;
        return true;
    }
}
