using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using OrderActors.Domain.Channels.WebStore;
using OrderActors.Grains.Alerts;

namespace OrderActors.Simulators.Tests.Alerts;

/// <summary>The webhook notifier against a real Kestrel endpoint: signature, body, headers and how answers are classified.</summary>
public sealed class WebhookAlertNotifierTests
{
    private const string Secret = "whsec_alerts_0123456789abcdef";

    private static WebhookAlertNotifier Notifier(WebhookReceiver receiver, TimeSpan? timeout = null) =>
        new(new WebhookAlertOptions { Url = receiver.Url, Secret = Secret, Timeout = timeout ?? TimeSpan.FromSeconds(10) }, TimeProvider.System);

    [Fact]
    public async Task Posts_the_alert_as_json_signed_with_hmac_sha256_over_timestamp_dot_body()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var notifier = Notifier(receiver);
        var alert = TestAlerts.Silent();

        await notifier.SendAsync(alert, CancellationToken.None);

        var request = Assert.Single(receiver.Requests);
        // The documented scheme, computed here from scratch: lowercase hex HMAC-SHA256 of "{timestamp}.{body}".
        var signed = Encoding.UTF8.GetBytes(request.Timestamp + ".").Concat(request.Body).ToArray();
        Assert.Equal(Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), signed)), request.Signature);
        // And the same verifier the API uses for the web store's incoming webhooks accepts it.
        var verdict = new WebhookVerifier(Encoding.UTF8.GetBytes(Secret), TimeSpan.FromMinutes(5))
            .Verify(request.Timestamp, request.Signature, request.Body, DateTimeOffset.UtcNow);
        Assert.True(verdict.Accepted, verdict.Rejection.ToString());
        Assert.InRange(long.Parse(request.Timestamp!, CultureInfo.InvariantCulture), DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeSeconds(), DateTimeOffset.UtcNow.ToUnixTimeSeconds());

        Assert.Equal(alert.IdempotencyId, request.IdempotencyKey);
        Assert.Equal("application/json; charset=utf-8", request.ContentType);
        using var json = JsonDocument.Parse(request.Body);
        var root = json.RootElement;
        Assert.Equal(alert.IdempotencyId, root.GetProperty("id").GetString());
        Assert.Equal("ChannelSilent", root.GetProperty("kind").GetString());
        Assert.Equal("taobao:旗舰店", root.GetProperty("source").GetString());
        Assert.Equal(alert.OccurredAt, root.GetProperty("occurredAt").GetDateTimeOffset());
        Assert.Equal(alert.Subject, root.GetProperty("subject").GetString());
        Assert.Equal(alert.Body, root.GetProperty("body").GetString());
    }

    [Fact]
    public async Task A_changed_body_would_not_verify()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var notifier = Notifier(receiver);

        await notifier.SendAsync(TestAlerts.Silent(), CancellationToken.None);

        var request = Assert.Single(receiver.Requests);
        var tampered = request.Body.ToArray();
        tampered[^2] ^= 0x01;
        var verdict = new WebhookVerifier(Encoding.UTF8.GetBytes(Secret), TimeSpan.FromMinutes(5))
            .Verify(request.Timestamp, request.Signature, tampered, DateTimeOffset.UtcNow);
        Assert.Equal(WebhookRejection.SignatureMismatch, verdict.Rejection);
    }

    [Theory]
    [InlineData(500, true)]
    [InlineData(502, true)]
    [InlineData(503, true)]
    [InlineData(429, true)]
    [InlineData(408, true)]
    [InlineData(400, false)]
    [InlineData(401, false)]
    [InlineData(404, false)]
    [InlineData(410, false)]
    public async Task A_non_2xx_answer_fails_transiently_only_for_5xx_408_and_429(int status, bool transient)
    {
        await using var receiver = await WebhookReceiver.StartAsync(new Reply(status));
        using var notifier = Notifier(receiver);

        var ex = await Assert.ThrowsAsync<AlertDeliveryException>(() => notifier.SendAsync(TestAlerts.Silent(), CancellationToken.None));

        Assert.Equal(transient, ex.Transient);
        Assert.StartsWith($"Webhook answered {status}", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(WebhookReceiver.PathToken, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(200)]
    [InlineData(202)]
    [InlineData(204)]
    public async Task Any_2xx_answer_is_delivery(int status)
    {
        await using var receiver = await WebhookReceiver.StartAsync(new Reply(status));
        using var notifier = Notifier(receiver);

        await notifier.SendAsync(TestAlerts.Silent(), CancellationToken.None);

        Assert.Single(receiver.Requests);
    }

    [Fact]
    public async Task A_429_carries_the_receivers_retry_after()
    {
        await using var receiver = await WebhookReceiver.StartAsync(new Reply(429, RetryAfterSeconds: 7));
        using var notifier = Notifier(receiver);

        var ex = await Assert.ThrowsAsync<AlertDeliveryException>(() => notifier.SendAsync(TestAlerts.Silent(), CancellationToken.None));

        Assert.Equal(TimeSpan.FromSeconds(7), ex.RetryAfter);
    }

    [Fact]
    public async Task An_answer_slower_than_the_timeout_is_a_transient_failure()
    {
        await using var receiver = await WebhookReceiver.StartAsync(new Reply(200, Delay: TimeSpan.FromSeconds(5)));
        using var notifier = Notifier(receiver, TimeSpan.FromMilliseconds(300));

        var ex = await Assert.ThrowsAsync<AlertDeliveryException>(() => notifier.SendAsync(TestAlerts.Silent(), CancellationToken.None));

        Assert.True(ex.Transient);
        Assert.Contains("did not answer within", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_receiver_that_is_not_there_is_a_transient_failure_and_the_path_stays_out_of_the_message()
    {
        using var notifier = new WebhookAlertNotifier(
            new WebhookAlertOptions { Url = new Uri($"http://127.0.0.1:{OrderActors.Testing.FreePort.Next()}/hooks/{WebhookReceiver.PathToken}"), Secret = Secret },
            TimeProvider.System);

        var ex = await Assert.ThrowsAsync<AlertDeliveryException>(() => notifier.SendAsync(TestAlerts.Silent(), CancellationToken.None));

        Assert.True(ex.Transient);
        Assert.DoesNotContain(WebhookReceiver.PathToken, ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_secret_or_a_relative_url_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new WebhookAlertNotifier(new WebhookAlertOptions { Url = new Uri("https://hooks.test/a"), Secret = "short" }, TimeProvider.System));
        Assert.Throws<ArgumentException>(() => new WebhookAlertNotifier(new WebhookAlertOptions { Url = new Uri("/a", UriKind.Relative), Secret = Secret }, TimeProvider.System));
    }
}
