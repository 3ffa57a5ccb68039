using System.Text;
using OrderActors.Domain.Channels.WebStore;

namespace OrderActors.Domain.Tests.Channels;

public sealed class WebhookVerifierTests
{
    private static readonly byte[] Secret = Encoding.UTF8.GetBytes("whsec_test_0123456789");
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"orderId":"W-1001","status":"paid"}""");
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1709265600);
    private static readonly WebhookVerifier Verifier = new(Secret, TimeSpan.FromMinutes(5));

    private static string SignAt(DateTimeOffset at, byte[]? body = null) =>
        WebhookSignature.Compute(Secret, at.ToUnixTimeSeconds(), body ?? Body);

    [Fact]
    public void Signature_is_hmac_sha256_over_timestamp_dot_body_in_lowercase_hex()
    {
        // Computed outside .NET: hmac.new(b"whsec_test", b"1709265600." + body, sha256).hexdigest()
        Assert.Equal("89b0f84080b30cf90c33809ac341e7df903c29cd61a7e75fa7f7b8cf59ab9d21",
            WebhookSignature.Compute(Encoding.UTF8.GetBytes("whsec_test"), 1709265600, Body));
    }

    [Fact]
    public void A_fresh_correctly_signed_delivery_is_accepted_once()
    {
        var first = Verifier.Verify("1709265600", SignAt(Now), Body, "d-1", Now, SeenDeliveries.Empty);
        Assert.True(first.Accepted);

        var again = Verifier.Verify("1709265600", SignAt(Now), Body, "d-1", Now.AddSeconds(10), first.Seen);
        Assert.Equal(WebhookRejection.Replayed, again.Rejection);
    }

    [Fact]
    public void Without_a_delivery_id_the_signature_identifies_the_delivery_whatever_its_case()
    {
        var first = Verifier.Verify("1709265600", SignAt(Now), Body, null, Now, SeenDeliveries.Empty);
        var again = Verifier.Verify("1709265600", SignAt(Now).ToUpperInvariant(), Body, null, Now, first.Seen);

        Assert.True(first.Accepted);
        Assert.Equal(WebhookRejection.Replayed, again.Rejection);
    }

    [Theory]
    [InlineData(-301, WebhookRejection.TimestampOutsideWindow)]
    [InlineData(301, WebhookRejection.TimestampOutsideWindow)]
    [InlineData(-300, WebhookRejection.None)]
    [InlineData(300, WebhookRejection.None)]
    public void The_timestamp_must_be_within_five_minutes_either_way(int offsetSeconds, WebhookRejection expected)
    {
        var signedAt = Now.AddSeconds(offsetSeconds);

        var result = Verifier.Verify(signedAt.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
            SignAt(signedAt), Body, "d-2", Now, SeenDeliveries.Empty);

        Assert.Equal(expected, result.Rejection);
    }

    [Fact]
    public void A_changed_body_or_a_swapped_timestamp_fails_the_signature()
    {
        var tampered = Encoding.UTF8.GetBytes("""{"orderId":"W-1001","status":"refunded"}""");

        Assert.Equal(WebhookRejection.SignatureMismatch,
            Verifier.Verify("1709265600", SignAt(Now), tampered, "d-3", Now, SeenDeliveries.Empty).Rejection);
        Assert.Equal(WebhookRejection.SignatureMismatch,
            Verifier.Verify("1709265601", SignAt(Now), Body, "d-3", Now, SeenDeliveries.Empty).Rejection);
    }

    [Theory]
    [InlineData(null, "sig", WebhookRejection.MalformedTimestamp)]
    [InlineData("17092656OO", "sig", WebhookRejection.MalformedTimestamp)]
    [InlineData("-1709265600", "sig", WebhookRejection.MalformedTimestamp)]
    [InlineData("1709265600", null, WebhookRejection.MalformedSignature)]
    [InlineData("1709265600", "zz", WebhookRejection.MalformedSignature)]
    [InlineData("1709265600", "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz", WebhookRejection.MalformedSignature)]
    public void Malformed_headers_are_rejected_with_their_reason(string? timestamp, string? signature, WebhookRejection expected) =>
        Assert.Equal(expected, Verifier.Verify(timestamp, signature, Body, "d-4", Now, SeenDeliveries.Empty).Rejection);

    [Fact]
    public void A_rejected_delivery_is_not_remembered()
    {
        var rejected = Verifier.Verify("1709265600", new string('0', 64), Body, "d-5", Now, SeenDeliveries.Empty);

        Assert.Equal(0, rejected.Seen.Count);
    }

    [Fact]
    public void Remembered_deliveries_are_forgotten_once_they_could_no_longer_pass_the_time_check()
    {
        var first = Verifier.Verify("1709265600", SignAt(Now), Body, "d-6", Now, SeenDeliveries.Empty);
        var later = Now.AddMinutes(11);
        var other = Verifier.Verify(later.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
            SignAt(later), Body, "d-7", later, first.Seen);

        Assert.True(other.Accepted);
        Assert.False(other.Seen.Contains("id:d-6"));
        Assert.Equal(1, other.Seen.Count);
    }

    [Fact]
    public void A_short_secret_is_refused() =>
        Assert.Throws<ArgumentException>(() => new WebhookVerifier(Encoding.UTF8.GetBytes("short"), TimeSpan.FromMinutes(5)));
}
