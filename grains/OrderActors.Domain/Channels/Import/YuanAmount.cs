namespace OrderActors.Domain.Channels.Import;

/// <summary>
/// Prices as back offices export them: yuan with at most two decimals ("33", "33.5", "33.00"),
/// turned into fen exactly by reading the digits, never through floating point.
/// </summary>
public static class YuanAmount
{
    /// <summary>Twelve digits of yuan (under a trillion) is far above any unit price and far below overflow.</summary>
    public const int MaxYuanDigits = 12;

    public static bool TryParseFen(string? text, out long fen)
    {
        fen = 0;
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        var dot = value.IndexOf('.', StringComparison.Ordinal);
        var whole = dot < 0 ? value : value[..dot];
        var fraction = dot < 0 ? string.Empty : value[(dot + 1)..];
        if (whole.Length is 0 or > MaxYuanDigits || (dot >= 0 && fraction.Length is 0 or > 2)
            || !whole.All(char.IsAsciiDigit) || !fraction.All(char.IsAsciiDigit))
        {
            return false;
        }

        foreach (var digit in whole)
        {
            fen = (fen * 10) + (digit - '0');
        }

        fen *= 100;
        if (fraction.Length > 0)
        {
            fen += (fraction[0] - '0') * 10;
        }

        if (fraction.Length > 1)
        {
            fen += fraction[1] - '0';
        }

        return true;
    }
}
