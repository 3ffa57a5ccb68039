using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace OrderActors.Domain.Channels.WebStore;

/// <summary>
/// The own web store's webhook signature: HMAC-SHA256 keyed with the shared secret over the UTF-8
/// bytes of the timestamp (Unix seconds, decimal), one <c>.</c>, then the raw request body bytes
/// exactly as received; written as lowercase hexadecimal (64 characters). Signing the timestamp
/// with the body is what makes the timestamp window a replay defence: it cannot be swapped.
/// </summary>
public static class WebhookSignature
{
    public static string Compute(ReadOnlySpan<byte> secret, long unixSeconds, ReadOnlySpan<byte> body) =>
        Convert.ToHexStringLower(Digest(secret, unixSeconds, body));

    internal static byte[] Digest(ReadOnlySpan<byte> secret, long unixSeconds, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes(unixSeconds.ToString(CultureInfo.InvariantCulture) + ".");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        return HMACSHA256.HashData(secret, message);
    }

    /// <summary>
    /// SHA-256 of the raw body, base64: what the seen-set keeps to tell a retry of a delivery (same id,
    /// same body) from a replayed id (same id, another body) without keeping the body.
    /// </summary>
    public static string BodyDigest(ReadOnlySpan<byte> body) => Convert.ToBase64String(SHA256.HashData(body));
}
