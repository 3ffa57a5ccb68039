using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace OrderActors.Grains.Channels;

/// <summary>
/// Encrypts marketplace tokens before they reach the grain-state table: AES-256-GCM, a fresh 96-bit
/// nonce per value, the shop's connector key as associated data (a token copied to another shop's row
/// does not decrypt). Text form: <c>{keyId}:{base64(nonce ‖ ciphertext ‖ tag)}</c>.
/// </summary>
internal sealed class TokenProtector
{
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly IReadOnlyDictionary<string, byte[]> _keys;
    private readonly string? _active;

    public TokenProtector(IOptions<TokenProtectionOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var o = options.Value;
        var keys = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (id, text) in o.TokenKeys)
        {
            if (id.Contains(':', StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"Token key id '{id}' must not contain ':'.");
            }

            byte[] key;
            try
            {
                key = Convert.FromBase64String(text);
            }
            catch (FormatException)
            {
                throw new InvalidOperationException($"Token key '{id}' ({TokenProtectionOptions.Section}:TokenKeys:{id}) is not base64.");
            }

            if (key.Length != 32)
            {
                throw new InvalidOperationException($"Token key '{id}' must be 32 bytes (256 bits); it is {key.Length}.");
            }

            keys[id] = key;
        }

        if (o.ActiveTokenKey is { } active && !keys.ContainsKey(active))
        {
            throw new InvalidOperationException($"The active token key '{active}' is not among {TokenProtectionOptions.Section}:TokenKeys.");
        }

        _keys = keys;
        _active = o.ActiveTokenKey ?? (keys.Count == 1 ? keys.Keys.Single() : null);
    }

    /// <summary>Whether tokens can be written here; a connector refuses to store tokens it cannot protect.</summary>
    public bool IsConfigured => _active is not null;

    public string Protect(string plaintext, string scope)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        if (_active is not { } keyId)
        {
            throw new InvalidOperationException($"No key encrypts tokens at rest: set {TokenProtectionOptions.Section}:TokenKeys:<id> (32 random bytes, base64).");
        }

        var data = Encoding.UTF8.GetBytes(plaintext);
        var output = new byte[NonceSize + data.Length + TagSize];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_keys[keyId], TagSize);
        aes.Encrypt(nonce, data, output.AsSpan(NonceSize, data.Length), output.AsSpan(NonceSize + data.Length), Encoding.UTF8.GetBytes(scope));
        return keyId + ":" + Convert.ToBase64String(output);
    }

    /// <exception cref="CryptographicException">The key that wrote it is gone, or the value was tampered with or belongs to another shop.</exception>
    public string Unprotect(string protectedText, string scope)
    {
        ArgumentNullException.ThrowIfNull(protectedText);
        var colon = protectedText.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !_keys.TryGetValue(protectedText[..colon], out var key))
        {
            throw new CryptographicException($"The token was encrypted with key '{(colon > 0 ? protectedText[..colon] : "?")}', which this silo does not have.");
        }

        var input = Convert.FromBase64String(protectedText[(colon + 1)..]);
        if (input.Length < NonceSize + TagSize)
        {
            throw new CryptographicException("The protected token is truncated.");
        }

        var length = input.Length - NonceSize - TagSize;
        var data = new byte[length];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(input.AsSpan(0, NonceSize), input.AsSpan(NonceSize, length), input.AsSpan(NonceSize + length), data, Encoding.UTF8.GetBytes(scope));
        return Encoding.UTF8.GetString(data);
    }
}
