using System.Globalization;

namespace OrderActors.Grains.Channels.Pinduoduo;

/// <summary>
/// Pinduoduo writes amounts as JSON numbers in yuan (<c>"pay_amount": 25.8</c>; documented "单位：元"),
/// and a Java server may write a large one in exponent form (<c>1.0E7</c>). The number's text is read
/// as a <see cref="decimal"/> — base 10, exact for every such text — and must come to whole fen:
/// never through a binary floating-point number, so no amount is ever off by a fen.
/// </summary>
internal static class PddMoney
{
    private const decimal MaxYuan = 1_000_000_000_000m;

    public static bool TryParseFen(string? yuan, out long fen)
    {
        fen = 0;
        var text = yuan?.Trim();
        if (string.IsNullOrEmpty(text) || text[0] == '+' || text.EndsWith('.')
            || !decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value)
            || Math.Abs(value) >= MaxYuan)
        {
            return false;
        }

        var inFen = value * 100m;
        if (inFen != decimal.Truncate(inFen))
        {
            return false;
        }

        fen = (long)inFen;
        return true;
    }
}
