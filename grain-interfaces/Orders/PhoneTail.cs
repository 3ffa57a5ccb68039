namespace OrderActors.GrainInterfaces.Orders;

/// <summary>
/// The part of a buyer's phone number that customer service may search by and see: its last four digits.
/// The whole number stays in the order; the read model and the API only ever hold the tail.
/// </summary>
public static class PhoneTail
{
    public const int Length = 4;

    /// <summary>The last four digits of <paramref name="phone"/> (separators ignored); null when it has fewer.</summary>
    public static string? Of(string? phone)
    {
        if (phone is null)
        {
            return null;
        }

        var digits = phone.Where(char.IsAsciiDigit).ToArray();
        return digits.Length < Length ? null : new string(digits[^Length..]);
    }

    /// <summary>True for exactly four ASCII digits: a search text that means a phone tail.</summary>
    public static bool IsTail(string? text) => text is { Length: Length } && text.All(char.IsAsciiDigit);

    /// <summary>How a tail is shown: the hidden digits as stars, in the 3-4-4 grouping of a mainland mobile number.</summary>
    public static string? Mask(string? tail) => tail is null ? null : $"*** **** {tail}";
}
