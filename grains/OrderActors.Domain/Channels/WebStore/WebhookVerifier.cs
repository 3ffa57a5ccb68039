using System.Globalization;
using System.Security.Cryptography;

namespace OrderActors.Domain.Channels.WebStore;

/// <summary>
/// Verifies that a webhook delivery comes from the own web store and is fresh (see
/// <see cref="WebhookSignature"/>). Checks, in order: the timestamp parses, the signature parses, the
/// timestamp is within ±<see cref="Tolerance"/> of now, the signature matches (constant-time). Whether
/// the delivery was seen before is a separate step (<see cref="SeenDeliveries.Check"/>), taken after
/// this one, so an unauthenticated caller can neither probe nor fill the seen-set; and a delivery is
/// remembered only once its order is durable (<see cref="SeenDeliveries.Remember"/>), so a delivery
/// whose apply failed can be retried under the same id. Pure: the clock is a parameter.
/// </summary>
public sealed class WebhookVerifier
{
    /// <summary>Longest delivery id accepted.</summary>
    public const int MaxDeliveryIdLength = 128;

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
    /// <param name="now">The verifier's clock.</param>
    public WebhookVerification Verify(string? timestamp, string? signature, ReadOnlySpan<byte> body, DateTimeOffset now)
    {
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return new(WebhookRejection.MalformedTimestamp, null);
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

        var signedAt = DateTimeOffset.FromUnixTimeSeconds(seconds);
        if (presented.Length != 32)
        {
            return new(WebhookRejection.MalformedSignature, signedAt);
        }

        if ((now - signedAt).Duration() > Tolerance)
        {
            return new(WebhookRejection.TimestampOutsideWindow, signedAt);
        }

        var expected = WebhookSignature.Digest(_secret, seconds, body);
        return CryptographicOperations.FixedTimeEquals(expected, presented)
            ? new(WebhookRejection.None, signedAt)
            : new(WebhookRejection.SignatureMismatch, signedAt);
    }

    /// <summary>1-<see cref="MaxDeliveryIdLength"/> ASCII letters, digits, '.', '_', ':' or '-' (a UUID, a ULID, "evt_123" …).</summary>
    public static bool IsValidDeliveryId(string? deliveryId) =>
        deliveryId is { Length: > 0 and <= MaxDeliveryIdLength }
        && deliveryId.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or ':' or '-');
}
