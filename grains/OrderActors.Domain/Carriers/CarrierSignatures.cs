using System.Security.Cryptography;
using System.Text;

namespace OrderActors.Domain.Carriers;

/// <summary>
/// The carriers' request and push signing recipes, used by the clients, the push endpoints and the
/// simulator alike, so both sides of every test run the same recipe. docs/carriers.md says which recipe
/// is documented by the carrier and which we chose.
/// </summary>
public static class CarrierSignatures
{
    /// <summary>
    /// SF open platform (丰桥) <c>msgDigest</c>: Base64(MD5(URL-encode(msgData + timestamp + checkWord))), URL-encoding
    /// as Java's <c>URLEncoder.encode(…, "UTF-8")</c> does it (the SDK's language): space as '+', <c>*-._</c> and
    /// ASCII letters and digits kept, everything else %XX with upper-case hex over the UTF-8 bytes.
    /// </summary>
    public static string SfDigest(string msgData, string timestamp, string checkWord) =>
        Convert.ToBase64String(Md5(JavaUrlEncode(msgData + timestamp + checkWord)));

    /// <summary>ZTO open API <c>x-datadigest</c>: Base64(MD5(request body + appSecret)).</summary>
    public static string ZtoDigest(string body, string appSecret) => Convert.ToBase64String(Md5(body + appSecret));

    /// <summary>Yunda open API <c>sign</c> header: lower-case hex MD5(request body + "_" + appSecret).</summary>
    public static string YundaSign(string body, string appSecret) => Convert.ToHexStringLower(Md5(body + "_" + appSecret));

    /// <summary>A tracking aggregator's push <c>sign</c>: upper-case hex MD5(param + salt), the salt agreed at subscription.</summary>
    public static string AggregatorSign(string param, string salt) => Convert.ToHexString(Md5(param + salt));

    /// <summary>Compares a received signature with the expected one in constant time (no timing oracle for forgers).</summary>
    public static bool Matches(string? received, string expected)
    {
        ArgumentNullException.ThrowIfNull(expected);
        return received is not null
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(received.Trim()), Encoding.UTF8.GetBytes(expected));
    }

    /// <summary>Java's <c>URLEncoder.encode(text, "UTF-8")</c>.</summary>
    public static string JavaUrlEncode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length * 2);
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '*' or '_')
            {
                builder.Append(c);
            }
            else if (c == ' ')
            {
                builder.Append('+');
            }
            else
            {
                builder.Append('%').Append(Convert.ToHexString([b]));
            }
        }

        return builder.ToString();
    }

    // MD5 is what the carriers' protocols prescribe; we do not choose it, and nothing of ours relies on it alone.
#pragma warning disable CA5351
    private static byte[] Md5(string text) => MD5.HashData(Encoding.UTF8.GetBytes(text));
#pragma warning restore CA5351
}
