using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using OrderActors.Grains.Channels;

namespace OrderActors.Grains.Tracking;

/// <summary>
/// The secret keys tracking-link tokens are derived with: HKDF-SHA256 of the silo's token keys
/// (<c>OrderActors:Secrets:TokenKeys</c>, the keys that already encrypt shop tokens at rest) with a
/// purpose label of its own, so one configured secret serves both without one use weakening the other.
/// A link remembers the id of the key that made it, so a retry after a key rotation still re-derives it.
/// </summary>
internal sealed class TrackingLinkKeys
{
    private static readonly byte[] Purpose = Encoding.ASCII.GetBytes("orderactors tracking-link tokens v1");

    private readonly Dictionary<string, byte[]> _keys = new(StringComparer.Ordinal);

    public TrackingLinkKeys(IOptions<TokenProtectionOptions> options)
    {
        var o = options.Value;
        foreach (var (id, text) in o.TokenKeys)
        {
            // The token protector validates these at first use and names the bad key; skip what it would refuse.
            if (Convert.TryFromBase64String(text, new byte[32], out var length) && length == 32)
            {
                _keys[id] = HKDF.DeriveKey(HashAlgorithmName.SHA256, Convert.FromBase64String(text), 32, salt: [], info: Purpose);
            }
        }

        ActiveId = o.ActiveTokenKey ?? (_keys.Count == 1 ? _keys.Keys.Single() : null);
    }

    /// <summary>The key new links use; null when the silo has no key (links cannot be made then).</summary>
    public string? ActiveId { get; }

    public byte[]? Get(string id) => _keys.GetValueOrDefault(id);
}
