using System.Security.Cryptography;
using System.Text;

namespace OrderActors.Domain.Channels;

/// <summary>
/// The building blocks the marketplaces' signing recipes share: sort parameter names by ordinal
/// (ASCII) order, glue each name to its value with no separator, skip empty values, then digest the
/// UTF-8 bytes. Each platform's signer documents which blocks it uses and in what order.
/// </summary>
internal static class SignatureText
{
    /// <summary>
    /// name1value1name2value2… over the parameters sorted by name (ordinal, i.e. ASCII byte order
    /// for the ASCII names the platforms use), leaving out <c>sign</c> itself and every parameter
    /// whose name or value is null or empty, as the platforms' own SDKs do.
    /// </summary>
    public static string SortedConcatenation(IEnumerable<KeyValuePair<string, string?>> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var builder = new StringBuilder();
        foreach (var (name, value) in parameters
                     .Where(p => !string.IsNullOrEmpty(p.Key) && !string.IsNullOrEmpty(p.Value) && p.Key != "sign")
                     .OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            builder.Append(name).Append(value);
        }

        return builder.ToString();
    }

    // MD5 and HMAC-MD5 are what the platforms' protocols prescribe for request signing; we do not
    // choose them, and nothing of ours is protected by them.
#pragma warning disable CA5351
    public static byte[] Md5(string text) => MD5.HashData(Encoding.UTF8.GetBytes(text));

    public static byte[] HmacMd5(string key, string text) =>
        HMACMD5.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(text));
#pragma warning restore CA5351

    public static byte[] HmacSha256(string key, string text) =>
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(text));

    public static string UpperHex(byte[] digest) => Convert.ToHexString(digest);

    public static string LowerHex(byte[] digest) => Convert.ToHexStringLower(digest);
}
