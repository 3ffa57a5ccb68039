using System.Globalization;
using System.Security.Cryptography;

namespace OrderActors.Domain.Channels.WebStore;

/// <summary>
/// Verifies a signed webhook delivery from the own web store (see <see cref="WebhookSignature"/>).
/// Checks, in order: the timestamp parses, the signature parses, the timestamp is within
/// ±<see cref="Tolerance"/> of now, the signature matches (constant-time), and the delivery was not
/// accepted before within the window. Pure: the clock and the seen-set are parameters.
/// </summary>
public sealed class WebhookVerifier
{
    private readonly byte[] _secret;

    public WebhookVerifier(ReadOnlySpan<byte> secret, TimeSpan tolerance)
    {
        if (secret.Length < 16)
        {
            throw new ArgumentException("A webhook secret needs at least 16 bytes.", nameof(secret));
        }

        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(tolerance, TimeSpan.Zero);
        _secret = secret.ToArray();
        Tolerance = tolerance;
    }

    /// <summary>How far the signed timestamp may be from now, either way (5 minutes is usual).</summary>
    public TimeSpan Tolerance { get; }

    /// <param name="timestamp">The timestamp header: Unix seconds.</param>
    /// <param name="signature">The signature header: 64 hexadecimal characters (case does not matter).</param>
    /// <param name="body">The raw body bytes as received, before any parsing.</param>
    /// <param name="deliveryId">The delivery id header if the store sends one; otherwise the signature is the id.</param>
    /// <param name="now">The verifier's clock.</param>
    /// <param name="seen">Deliveries accepted so far.</param>
    public WebhookVerification Verify(
        string? timestamp, string? signature, ReadOnlySpan<byte> body, string? deliveryId, DateTimeOffset now, SeenDeliveries seen)
    {
        ArgumentNullException.ThrowIfNull(seen);

        // A replay can only pass the time check within ±tolerance, so remembering 2× tolerance is enough.
        var current = seen.Prune(now, Tolerance * 2);

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return Reject(WebhookRejection.MalformedTimestamp, current);
        }

        byte[] presented;
        try
        {
            presented = signature is { Length: 64 } ? Convert.FromHexString(signature) : [];
        }
        catch (FormatException)
        {
            presented = [];
        }

        if (presented.Length != 32)
        {
            return Reject(WebhookRejection.MalformedSignature, current);
        }

        var signedAt = DateTimeOffset.FromUnixTimeSeconds(seconds);
        if ((now - signedAt).Duration() > Tolerance)
        {
            return Reject(WebhookRejection.TimestampOutsideWindow, current);
        }

        var expected = WebhookSignature.Digest(_secret, seconds, body);
        if (!CryptographicOperations.FixedTimeEquals(expected, presented))
        {
            return Reject(WebhookRejection.SignatureMismatch, current);
        }

        // Checked only after the signature, so an unauthenticated caller cannot probe or fill the set.
        var key = string.IsNullOrEmpty(deliveryId) ? "sig:" + signature!.ToLowerInvariant() : "id:" + deliveryId;
        if (current.Contains(key))
        {
            return Reject(WebhookRejection.Replayed, current);
        }

        return new WebhookVerification(WebhookRejection.None, current.Add(key, now));
    }

    private static WebhookVerification Reject(WebhookRejection reason, SeenDeliveries seen) => new(reason, seen);
}
