namespace OrderActors.Domain.Tracking;

/// <summary>The phone number as a public tracking page may show it.</summary>
public static class PhoneMask
{
    /// <summary>
    /// The first three and the last four digits with four stars between (13800138000 → 138****8000),
    /// the way Chinese carriers print it on a waybill. Separators and a +86 prefix are dropped first;
    /// a number with fewer than eight digits shows its last two only, so nothing short is left readable.
    /// </summary>
    public static string Mask(string? phone)
    {
        var digits = new string((phone ?? string.Empty).Where(char.IsAsciiDigit).ToArray());
        if (digits.Length > 11 && digits.StartsWith("86", StringComparison.Ordinal))
        {
            digits = digits[2..];
        }

        return digits.Length switch
        {
            0 => string.Empty,
            < 8 => "****" + digits[^Math.Min(2, digits.Length)..],
            _ => digits[..3] + "****" + digits[^4..],
        };
    }
}
