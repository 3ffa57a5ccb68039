namespace OrderActors.GrainInterfaces.Keys;

/// <summary>
/// The shape of the codes that become grain keys. Kept narrow (ASCII letters, digits and a few
/// separators) so a key never needs escaping in URLs, logs or the ':' and '@' composite keys.
/// </summary>
public static class Codes
{
    public const int MaxSkuLength = 64;
    public const int MaxWarehouseLength = 32;
    public const int MaxShopLength = 64;
    public const int MaxPlatformOrderIdLength = 64;

    public static bool IsValidSku(string? value) => IsCode(value, MaxSkuLength, allowDot: true);

    public static bool IsValidWarehouse(string? value) => IsCode(value, MaxWarehouseLength, allowDot: false);

    public static bool IsValidShop(string? value) => IsCode(value, MaxShopLength, allowDot: true);

    public static bool IsValidPlatformOrderId(string? value) => IsCode(value, MaxPlatformOrderIdLength, allowDot: true);

    private static bool IsCode(string? value, int maxLength, bool allowDot)
    {
        if (string.IsNullOrEmpty(value) || value.Length > maxLength)
        {
            return false;
        }

        foreach (var c in value)
        {
            var ok = char.IsAsciiLetterOrDigit(c) || c is '-' or '_' || (allowDot && c == '.');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
