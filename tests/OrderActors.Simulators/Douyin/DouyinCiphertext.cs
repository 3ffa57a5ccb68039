using System.Security.Cryptography;
using System.Text;

namespace OrderActors.Simulators.Douyin;

/// <summary>
/// The simulator's stand-in for Douyin's encrypted receiver fields. Douyin sends the buyer's name, phone
/// and street detail only as ciphertext (decrypting is a separate, audited API). This is not the
/// platform's algorithm: a keyed digest, deterministic so tests can name the value they expect, and
/// irreversible so nothing downstream can "decrypt" it by accident. The wrapping characters follow the
/// shape seen in integrations (name ~…~, phone $…$, address #…#); that shape is not confirmed from
/// Douyin's own documentation.
/// </summary>
public static class DouyinCiphertext
{
    private static readonly byte[] Key = Encoding.UTF8.GetBytes("orderactors-douyin-simulator");

    public static string Name(string plain) => Wrap('~', "name", plain);

    public static string Phone(string plain) => Wrap('$', "phone", plain);

    public static string Detail(string plain) => Wrap('#', "detail", plain);

    /// <summary>What <c>mask_post_receiver</c> shows: the first character, the rest starred.</summary>
    public static string MaskName(string plain) => plain.Length <= 1 ? plain : plain[..1] + new string('*', plain.Length - 1);

    /// <summary>What <c>mask_post_tel</c> shows: 139****9000.</summary>
    public static string MaskPhone(string plain) => plain.Length < 7 ? new string('*', plain.Length) : plain[..3] + "****" + plain[^4..];

    /// <summary>What <c>mask_post_addr.detail</c> shows: the first two characters, then stars.</summary>
    public static string MaskDetail(string plain) => plain.Length <= 2 ? plain : plain[..2] + "****";

    private static string Wrap(char mark, string kind, string plain)
    {
        ArgumentNullException.ThrowIfNull(plain);
        var digest = HMACSHA256.HashData(Key, Encoding.UTF8.GetBytes(kind + ":" + plain));
        return mark + Convert.ToBase64String(digest, 0, 24).Replace('+', '-').Replace('/', '_') + mark;
    }
}
