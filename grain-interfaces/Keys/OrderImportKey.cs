using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace OrderActors.GrainInterfaces.Keys;

/// <summary>
/// The key of an order import: <c>{channel}:{shop}:{sha256}</c>, the SHA-256 of the file's UTF-8
/// bytes in lowercase hex. The same file for the same shop is the same import (posted twice, it is
/// imported once); any changed byte makes a new one.
/// </summary>
public readonly record struct OrderImportKey(SalesChannel Channel, string Shop, string ContentSha256)
{
    public override string ToString() => $"{Channel.Code()}:{Shop}:{ContentSha256}";

    /// <summary>SHA-256 of the text's UTF-8 encoding: for text decoded from valid UTF-8, the hash of the bytes received.</summary>
    public static string HashOf(string csv) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(csv)));

    public static OrderImportKey For(SalesChannel channel, string shop, string csv) => new(channel, shop, HashOf(csv));

    public static bool TryParse(string? value, [NotNullWhen(true)] out OrderImportKey? key)
    {
        key = null;
        var parts = value?.Split(':');
        if (parts is not { Length: 3 } || !SalesChannels.TryParse(parts[0], out var channel) || !Codes.IsValidShop(parts[1]) || !IsSha256(parts[2]))
        {
            return false;
        }

        key = new OrderImportKey(channel.Value, parts[1], parts[2]);
        return true;
    }

    public static bool IsSha256(string? value) => value is { Length: 64 } && value.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');
}
