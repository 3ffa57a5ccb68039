using System.Text.RegularExpressions;

namespace OrderActors.Domain.Carriers;

/// <summary>
/// Carrier remarks name couriers and their phone numbers ("快递员张三(138…)正在派件"); the customer-facing
/// timeline keeps the remark but not the numbers.
/// </summary>
public static partial class TrackingText
{
    /// <summary>Every run of 7 or more digits (phone numbers, with or without separators inside) becomes "***"; the text is trimmed and capped at 200 characters.</summary>
    public static string? Redact(string? remark)
    {
        if (string.IsNullOrWhiteSpace(remark))
        {
            return null;
        }

        var text = PhoneLike().Replace(remark.Trim(), "***");
        return text.Length > 200 ? text[..200] : text;
    }

    [GeneratedRegex(@"\+?\d[\d\- ]{5,}\d")]
    private static partial Regex PhoneLike();
}
