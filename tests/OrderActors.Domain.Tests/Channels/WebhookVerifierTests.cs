using System.Globalization;
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

    private static string Seconds(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    [Fact]
    public void Signature_is_hmac_sha256_over_timestamp_dot_body_in_lowercase_hex()
    {
        // Computed outside .NET: hmac.new(b"whsec_test", b"1709265600." + body, sha256).hexdigest()
        Assert.Equal("89b0f84080b30cf90c33809ac341e7df903c29cd61a7e75fa7f7b8cf59ab9d21",
            WebhookSignature.Compute(Encoding.UTF8.GetBytes("whsec_test"), 1709265600, Body));
    }

    [Fact]
    public void A_fresh_correctly_signed_delivery_is_accepted_with_its_signing_time()
    {
        var result = Verifier.Verify("1709265600", SignAt(Now), Body, Now);

        Assert.True(result.Accepted);
        Assert.Equal(Now, result.SignedAt);
    }

    [Fact]
    public void The_signature_is_accepted_in_either_case()
    {
        Assert.True(Verifier.Verify("1709265600", SignAt(Now).ToUpperInvariant(), Body, Now).Accepted);
    }

    [Fact]
    public void Verifying_twice_accepts_twice_because_replay_is_the_seen_sets_question_not_the_verifiers()
    {
        Assert.True(Verifier.Verify("1709265600", SignAt(Now), Body, Now).Accepted);
        Assert.True(Verifier.Verify("1709265600", SignAt(Now), Body, Now.AddSeconds(10)).Accepted);
    }

    [Theory]
    [InlineData(-301, WebhookRejection.TimestampOutsideWindow)]
    [InlineData(301, WebhookRejection.TimestampOutsideWindow)]
    [InlineData(-300, WebhookRejection.None)]
    [InlineData(300, WebhookRejection.None)]
    public void The_timestamp_must_be_within_five_minutes_either_way(int offsetSeconds, WebhookRejection expected)
    {
        var signedAt = Now.AddSeconds(offsetSeconds);

        var result = Verifier.Verify(Seconds(signedAt), SignAt(signedAt), Body, Now);

        Assert.Equal(expected, result.Rejection);
    }

    [Fact]
    public void A_changed_body_or_a_swapped_timestamp_fails_the_signature()
    {
        var tampered = Encoding.UTF8.GetBytes("""{"orderId":"W-1001","status":"refunded"}""");

        Assert.Equal(WebhookRejection.SignatureMismatch, Verifier.Verify("1709265600", SignAt(Now), tampered, Now).Rejection);
        Assert.Equal(WebhookRejection.SignatureMismatch, Verifier.Verify("1709265601", SignAt(Now), Body, Now).Rejection);
    }

    [Fact]
    public void A_signature_made_with_another_secret_fails()
    {
        var other = WebhookSignature.Compute(Encoding.UTF8.GetBytes("whsec_other_0123456789"), Now.ToUnixTimeSeconds(), Body);

        Assert.Equal(WebhookRejection.SignatureMismatch, Verifier.Verify("1709265600", other, Body, Now).Rejection);
    }

    [Theory]
    [InlineData(null, "sig", WebhookRejection.MalformedTimestamp)]
    [InlineData("", "sig", WebhookRejection.MalformedTimestamp)]
    [InlineData("17092656OO", "sig", WebhookRejection.MalformedTimestamp)]
    [InlineData("-1709265600", "sig", WebhookRejection.MalformedTimestamp)]
    [InlineData("1709265600.5", "sig", WebhookRejection.MalformedTimestamp)]
    [InlineData("1709265600", null, WebhookRejection.MalformedSignature)]
    [InlineData("1709265600", "zz", WebhookRejection.MalformedSignature)]
    [InlineData("1709265600", "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz", WebhookRejection.MalformedSignature)]
    public void Malformed_headers_are_rejected_with_their_reason(string? timestamp, string? signature, WebhookRejection expected) =>
        Assert.Equal(expected, Verifier.Verify(timestamp, signature, Body, Now).Rejection);

    [Fact]
    public void Milliseconds_instead_of_seconds_are_refused_as_a_malformed_timestamp()
    {
        // 1709265600000 seconds is beyond year 9999: never a time, whatever the signature.
        var millis = Now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);

        Assert.Equal(WebhookRejection.MalformedTimestamp, Verifier.Verify(millis, SignAt(Now), Body, Now).Rejection);
    }

    [Theory]
    [InlineData("d-1", true)]
    [InlineData("01HZX3K9V6Q4", true)]
    [InlineData("evt_123:retry.2", true)]
    [InlineData("3f2b8c9e-4a1d-4e2f-9b7a-1c2d3e4f5a6b", true)]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("has space", false)]
    [InlineData("ünïcode", false)]
    [InlineData("a/b", false)]
    public void Delivery_ids_are_short_ascii_tokens(string? id, bool valid) =>
        Assert.Equal(valid, WebhookVerifier.IsValidDeliveryId(id));

    [Fact]
    public void A_delivery_id_of_129_characters_is_too_long() =>
        Assert.False(WebhookVerifier.IsValidDeliveryId(new string('a', 129)));

    [Fact]
    public void A_short_secret_is_refused() =>
        Assert.Throws<ArgumentException>(() => new WebhookVerifier(Encoding.UTF8.GetBytes("short"), TimeSpan.FromMinutes(5)));
}
