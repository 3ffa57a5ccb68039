using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace OrderActors.Domain.Tracking;

/// <summary>
/// The secret in a customer's tracking link. 256 bits, base64url without padding (43 characters),
/// derived as HMAC-SHA256(link key, nonce ‖ order id) from a 128-bit nonce drawn from the CSPRNG
/// and a 256-bit secret key that is never in the database. Only SHA-256 of the token is stored, so a
/// copy of the database opens no link; the nonce and the key give the same token back when a create
/// is retried with the same request id.
/// </summary>
public static class TrackingToken
{
    public const int NonceBytes = 16;

    public const int Length = 43;

    public static byte[] NewNonce() => RandomNumberGenerator.GetBytes(NonceBytes);

    public static string Derive(ReadOnlySpan<byte> key, ReadOnlySpan<byte> nonce, string orderId)
    {
        var orderBytes = Encoding.UTF8.GetBytes(orderId);
        var message = new byte[nonce.Length + orderBytes.Length];
        nonce.CopyTo(message);
        orderBytes.CopyTo(message.AsSpan(nonce.Length));
        return Base64Url.EncodeToString(HMACSHA256.HashData(key, message));
    }

    /// <summary>Whether the text can be a token at all (length and alphabet); a cheap refusal before any look-up.</summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: Length } && Base64Url.IsValid(token, out var decoded) && decoded == 32;

    public static byte[] Hash(string token) => SHA256.HashData(Encoding.ASCII.GetBytes(token));
}
