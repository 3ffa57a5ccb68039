using System.Text;
using OrderActors.Domain.Channels.WebStore;
using OrderActors.Grains.Alerts;
using OrderActors.Testing;

namespace OrderActors.Simulators.Tests.Alerts;

/// <summary>The dispatcher over real SMTP and HTTP: retries, independence of notifiers, and logs without secrets.</summary>
public sealed class AlertDispatcherTests
{
    private const string Secret = "whsec_alerts_0123456789abcdef";
    private const string SmtpPassword = "smtp-Pa55word-do-not-log";

    private static readonly AlertOptions FastRetries = new() { DeliveryAttempts = 3, RetryDelay = TimeSpan.FromMilliseconds(20) };

    private static WebhookAlertNotifier Webhook(WebhookReceiver receiver) =>
        new(new WebhookAlertOptions { Url = receiver.Url, Secret = Secret }, TimeProvider.System);

    private static SmtpAlertNotifier Smtp(int port, string? user = null, string? password = null) => new(new SmtpAlertOptions
    {
        Host = "127.0.0.1", Port = port, Security = SmtpSecurity.None, UserName = user, Password = password,
        From = "alerts@orderactors.test", To = ["ops@seller.test"], Timeout = TimeSpan.FromSeconds(5),
    });

    private static AlertDispatcher Dispatcher(ListLogger<AlertDispatcher> log, params IAlertNotifier[] notifiers) =>
        new(notifiers, FastRetries, TimeProvider.System, log);

    [Fact]
    public async Task A_500_then_a_200_is_retried_and_delivered_once()
    {
        await using var receiver = await WebhookReceiver.StartAsync(new Reply(500), new Reply(200));
        using var webhook = Webhook(receiver);
        var dispatcher = Dispatcher(new ListLogger<AlertDispatcher>(), webhook);
        var alert = TestAlerts.Silent();

        var result = await dispatcher.DispatchAsync(alert);

        var outcome = Assert.Single(result.Outcomes);
        Assert.Equal(new AlertDeliveryOutcome("webhook", true, 2, null), outcome);
        Assert.Equal([500, 200], receiver.Requests.Select(r => r.Answered));
        Assert.All(receiver.Requests, r => Assert.Equal(alert.IdempotencyId, r.IdempotencyKey));
        Assert.Equal(receiver.Requests[0].Body, receiver.Requests[1].Body);

        // Both attempts verify; a receiver that dedupes by id accepts the alert exactly once.
        var verifier = new WebhookVerifier(Encoding.UTF8.GetBytes(Secret), TimeSpan.FromMinutes(5));
        // Every attempt is signed; they all carry one idempotency key, so the receiver keeps one alert.
        foreach (var request in receiver.Requests)
        {
            var verdict = verifier.Verify(request.Timestamp, request.Signature, request.Body, DateTimeOffset.UtcNow);
            Assert.True(verdict.Accepted, verdict.Rejection.ToString());
        }

        Assert.Single(receiver.Requests.Select(r => r.IdempotencyKey).Distinct());
        Assert.Equal(1, receiver.Requests.Count(r => r.Answered is >= 200 and < 300));
    }

    [Fact]
    public async Task A_transient_smtp_refusal_is_retried_and_the_mail_arrives_once()
    {
        await using var server = await TestSmtpServer.StartAsync();
        server.RefuseNext(1, 451);
        var dispatcher = Dispatcher(new ListLogger<AlertDispatcher>(), Smtp(server.Port));

        var result = await dispatcher.DispatchAsync(TestAlerts.Silent());

        Assert.Equal(new AlertDeliveryOutcome("smtp", true, 2, null), Assert.Single(result.Outcomes));
        Assert.Single(await server.WaitForMessagesAsync(1));
    }

    [Fact]
    public async Task A_permanent_failure_is_not_retried()
    {
        await using var receiver = await WebhookReceiver.StartAsync(new Reply(400));
        using var webhook = Webhook(receiver);
        var dispatcher = Dispatcher(new ListLogger<AlertDispatcher>(), webhook);

        var result = await dispatcher.DispatchAsync(TestAlerts.Silent());

        var outcome = Assert.Single(result.Outcomes);
        Assert.False(outcome.Delivered);
        Assert.Equal(1, outcome.Attempts);
        Assert.Equal("Webhook answered 400 (Bad Request).", outcome.Error);
        Assert.Single(receiver.Requests);
    }

    [Fact]
    public async Task Transient_failures_stop_after_the_configured_attempts()
    {
        await using var receiver = await WebhookReceiver.StartAsync(new Reply(503), new Reply(503), new Reply(503), new Reply(200));
        using var webhook = Webhook(receiver);
        var dispatcher = Dispatcher(new ListLogger<AlertDispatcher>(), webhook);

        var result = await dispatcher.DispatchAsync(TestAlerts.Silent());

        Assert.Equal(new AlertDeliveryOutcome("webhook", false, 3, "Webhook answered 503 (Service Unavailable)."), Assert.Single(result.Outcomes));
        Assert.Equal(3, receiver.Requests.Count);
        Assert.False(result.AnyDelivered);
    }

    [Fact]
    public async Task An_smtp_server_that_is_down_does_not_stop_the_webhook()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var webhook = Webhook(receiver);
        var dispatcher = Dispatcher(new ListLogger<AlertDispatcher>(), Smtp(FreePort.Next()), webhook);

        var result = await dispatcher.DispatchAsync(TestAlerts.Silent());

        Assert.Equal(["smtp", "webhook"], result.Outcomes.Select(o => o.Notifier));
        Assert.False(result.Outcomes[0].Delivered);
        Assert.Equal(3, result.Outcomes[0].Attempts);
        Assert.StartsWith("SMTP connection failed", result.Outcomes[0].Error, StringComparison.Ordinal);
        Assert.Equal(new AlertDeliveryOutcome("webhook", true, 1, null), result.Outcomes[1]);
        Assert.Single(receiver.Requests);
        Assert.True(result.AnyDelivered);
        Assert.False(result.AllDelivered);
    }

    [Fact]
    public async Task A_webhook_that_refuses_does_not_stop_the_email()
    {
        await using var server = await TestSmtpServer.StartAsync();
        await using var receiver = await WebhookReceiver.StartAsync(new Reply(403));
        using var webhook = Webhook(receiver);
        var dispatcher = Dispatcher(new ListLogger<AlertDispatcher>(), webhook, Smtp(server.Port));

        var result = await dispatcher.DispatchAsync(TestAlerts.Silent());

        Assert.False(result.Outcomes[0].Delivered);
        Assert.True(result.Outcomes[1].Delivered);
        Assert.Single(await server.WaitForMessagesAsync(1));
    }

    [Fact]
    public async Task A_notifier_that_hangs_or_throws_does_not_hold_back_the_others()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var webhook = Webhook(receiver);
        var hanging = new HangingNotifier();
        var dispatcher = Dispatcher(new ListLogger<AlertDispatcher>(), hanging, new ThrowingNotifier(), webhook);

        var dispatch = dispatcher.DispatchAsync(TestAlerts.Silent());

        // The webhook delivers while the first notifier still hangs.
        await Eventually(() => receiver.Requests.Count == 1);
        Assert.False(dispatch.IsCompleted);
        hanging.Release();
        var result = await dispatch;
        Assert.Equal([true, false, true], result.Outcomes.Select(o => o.Delivered));
        Assert.Equal("Unexpected InvalidOperationException in the throwing notifier.", result.Outcomes[1].Error);
    }

    [Fact]
    public async Task Secrets_and_the_webhook_url_never_reach_the_log()
    {
        await using var server = await TestSmtpServer.StartAsync("alerts", "the-right-one-123");
        await using var receiver = await WebhookReceiver.StartAsync(new Reply(500), new Reply(500), new Reply(500));
        using var webhook = Webhook(receiver);
        var log = new ListLogger<AlertDispatcher>();
        var dispatcher = Dispatcher(log, Smtp(server.Port, "alerts", SmtpPassword), webhook);

        var result = await dispatcher.DispatchAsync(TestAlerts.Silent());

        Assert.False(result.AnyDelivered);
        Assert.NotEmpty(log.Lines);
        Assert.Contains(log.Lines, l => l.Contains("not delivered by smtp", StringComparison.Ordinal));
        Assert.Contains(log.Lines, l => l.Contains("not delivered by webhook", StringComparison.Ordinal));
        foreach (var line in log.Lines)
        {
            Assert.DoesNotContain(SmtpPassword, line, StringComparison.Ordinal);
            Assert.DoesNotContain(Secret, line, StringComparison.Ordinal);
            Assert.DoesNotContain(WebhookReceiver.PathToken, line, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Without_notifiers_the_alert_is_only_logged()
    {
        var log = new ListLogger<AlertDispatcher>();
        var dispatcher = Dispatcher(log);
        var alert = TestAlerts.Silent();

        var result = await dispatcher.DispatchAsync(alert);

        Assert.True(result.NoNotifiers);
        Assert.False(result.AnyDelivered);
        Assert.Contains(log.Lines, l => l.Contains("No alert notifier is configured", StringComparison.Ordinal));
        Assert.Contains(log.Lines, l => l.Contains(alert.IdempotencyId, StringComparison.Ordinal) && l.Contains(alert.Subject, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Cancelling_the_dispatch_stops_the_retries()
    {
        await using var receiver = await WebhookReceiver.StartAsync(new Reply(503), new Reply(503), new Reply(503));
        using var webhook = Webhook(receiver);
        var dispatcher = new AlertDispatcher([webhook], new AlertOptions { RetryDelay = TimeSpan.FromSeconds(30) }, TimeProvider.System, new ListLogger<AlertDispatcher>());
        using var cancel = new CancellationTokenSource();

        var dispatch = dispatcher.DispatchAsync(TestAlerts.Silent(), cancel.Token);
        await Eventually(() => receiver.Requests.Count == 1);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => dispatch);
        Assert.Single(receiver.Requests);
    }

    private static async Task Eventually(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "condition not met in time");
            await Task.Delay(20);
        }
    }

    private sealed class HangingNotifier : IAlertNotifier
    {
        private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string Name => "hanging";

        public void Release() => _release.SetResult();

        public Task SendAsync(Alert alert, CancellationToken cancellationToken)
        {
            // Blocks its thread, as a badly written notifier might.
            _release.Task.Wait(cancellationToken);
            return Task.CompletedTask;
        }
    }

    private sealed class ThrowingNotifier : IAlertNotifier
    {
        public string Name => "throwing";

        public Task SendAsync(Alert alert, CancellationToken cancellationToken) => throw new InvalidOperationException("bug");
    }
}
