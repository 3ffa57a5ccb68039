namespace OrderActors.Domain.Carriers;

/// <summary>The carriers the OMS speaks to, by the code it uses everywhere (parcel keys, options, order data).</summary>
public static class CarrierCode
{
    public const string Sf = "SF";
    public const string Zto = "ZTO";
    public const string Yunda = "YUNDA";

    public static IReadOnlyList<string> All { get; } = [Sf, Zto, Yunda];

    /// <summary>The canonical code for <paramref name="text"/> in any case ("sf", "Zto"), or null for a carrier we do not speak to.</summary>
    public static string? Normalize(string? text) =>
        All.FirstOrDefault(c => string.Equals(c, text?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The parcel grain's key, <c>{carrier}:{waybill}</c>.</summary>
    public static string ParcelKey(string carrier, string waybillNumber) => $"{carrier}:{waybillNumber}";

    /// <summary>Splits a parcel key; false when it is not <c>{known carrier}:{waybill}</c>.</summary>
    public static bool TrySplitParcelKey(string key, out string carrier, out string waybillNumber)
    {
        ArgumentNullException.ThrowIfNull(key);
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        carrier = colon > 0 ? Normalize(key[..colon]) ?? "" : "";
        waybillNumber = colon > 0 ? key[(colon + 1)..] : "";
        return carrier.Length > 0 && IsValidWaybill(waybillNumber);
    }

    /// <summary>What a waybill number may look like: 6–32 letters and digits (every carrier's numbers fit; nothing else reaches a grain key).</summary>
    public static bool IsValidWaybill(string? waybillNumber) =>
        waybillNumber is { Length: >= 6 and <= 32 } && waybillNumber.All(char.IsAsciiLetterOrDigit);
}
