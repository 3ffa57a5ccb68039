using MimeKit;
using OrderActors.Grains.Alerts;
using OrderActors.Testing;

namespace OrderActors.Simulators.Tests.Alerts;

/// <summary>The SMTP notifier against a real SMTP server on the loopback: what arrives is what operations will read.</summary>
public sealed class SmtpAlertNotifierTests
{
    private static SmtpAlertOptions Options(TestSmtpServer server, string? user = null, string? password = null) => new()
    {
        Host = server.Host,
        Port = server.Port,
        Security = SmtpSecurity.None,
        UserName = user,
        Password = password,
        From = "OrderActors Alerts <alerts@orderactors.test>",
        To = ["ops@seller.test", "On call <oncall@seller.test>, night@seller.test"],
        Timeout = TimeSpan.FromSeconds(10),
    };

    [Fact]
    public async Task Sends_a_real_email_with_from_to_subject_body_and_a_message_id_derived_from_the_alert_id()
    {
        await using var server = await TestSmtpServer.StartAsync();
        var notifier = new SmtpAlertNotifier(Options(server));
        var alert = TestAlerts.Silent();

        await notifier.SendAsync(alert, CancellationToken.None);

        var received = Assert.Single(await server.WaitForMessagesAsync(1));
        var message = received.Message;
        Assert.Equal("alerts@orderactors.test", received.EnvelopeFrom);
        Assert.Equal(["ops@seller.test", "oncall@seller.test", "night@seller.test"], received.EnvelopeTo);
        var from = Assert.Single(message.From.Mailboxes);
        Assert.Equal(("OrderActors Alerts", "alerts@orderactors.test"), (from.Name, from.Address));
        Assert.Equal(["ops@seller.test", "oncall@seller.test", "night@seller.test"], message.To.Mailboxes.Select(m => m.Address));
        Assert.Equal("[OrderActors] taobao:旗舰店: no new order for 12 min", message.Subject);
        Assert.Contains("Shop taobao:旗舰店 has brought no new order since 2026-03-02 10:00:00 (GMT+8).", message.TextBody, StringComparison.Ordinal);
        Assert.Contains(alert.Body.TrimEnd(), message.TextBody, StringComparison.Ordinal);
        Assert.Contains($"Alert id: {alert.IdempotencyId}", message.TextBody, StringComparison.Ordinal);
        Assert.Equal(SmtpAlertNotifier.MessageIdFor(alert.IdempotencyId, "orderactors.test"), message.MessageId);
        Assert.Matches("^[0-9a-f]{32}@orderactors.test$", message.MessageId);
        Assert.Equal(alert.IdempotencyId, message.Headers[SmtpAlertNotifier.AlertIdHeader]);
        Assert.Equal("ChannelSilent", message.Headers[SmtpAlertNotifier.AlertKindHeader]);
        Assert.Equal(alert.OccurredAt, message.Date);
        Assert.Null(received.AuthenticatedUser);
    }

    [Fact]
    public async Task A_retried_alert_is_the_same_message_to_the_receiver()
    {
        await using var server = await TestSmtpServer.StartAsync();
        var notifier = new SmtpAlertNotifier(Options(server));
        var alert = TestAlerts.Silent();

        await notifier.SendAsync(alert, CancellationToken.None);
        await notifier.SendAsync(alert, CancellationToken.None);

        var messages = await server.WaitForMessagesAsync(2);
        Assert.Equal(messages[0].Message.MessageId, messages[1].Message.MessageId);
        Assert.NotEqual(
            SmtpAlertNotifier.MessageIdFor(alert.IdempotencyId, "orderactors.test"),
            SmtpAlertNotifier.MessageIdFor(alert.IdempotencyId + "/reminder-1", "orderactors.test"));
    }

    [Fact]
    public async Task Logs_in_when_a_user_name_is_configured()
    {
        await using var server = await TestSmtpServer.StartAsync("alerts", "s3cret-pass");
        var notifier = new SmtpAlertNotifier(Options(server, "alerts", "s3cret-pass"));

        await notifier.SendAsync(TestAlerts.Silent(), CancellationToken.None);

        var received = Assert.Single(await server.WaitForMessagesAsync(1));
        Assert.Equal("alerts", received.AuthenticatedUser);
        Assert.Equal(["alerts"], server.Logins);
    }

    [Fact]
    public async Task A_wrong_password_is_a_permanent_failure_whose_message_holds_no_password()
    {
        await using var server = await TestSmtpServer.StartAsync("alerts", "s3cret-pass");
        var notifier = new SmtpAlertNotifier(Options(server, "alerts", "wr0ng-pass"));

        var ex = await Assert.ThrowsAsync<AlertDeliveryException>(() => notifier.SendAsync(TestAlerts.Silent(), CancellationToken.None));

        Assert.False(ex.Transient);
        Assert.DoesNotContain("wr0ng-pass", ex.Message, StringComparison.Ordinal);
        Assert.Empty(server.Messages);
    }

    [Theory]
    [InlineData(451, true)]
    [InlineData(452, true)]
    [InlineData(550, false)]
    [InlineData(554, false)]
    public async Task A_4xx_reply_is_transient_and_a_5xx_reply_permanent(int code, bool transient)
    {
        await using var server = await TestSmtpServer.StartAsync();
        server.RefuseNext(1, code);
        var notifier = new SmtpAlertNotifier(Options(server));

        var ex = await Assert.ThrowsAsync<AlertDeliveryException>(() => notifier.SendAsync(TestAlerts.Silent(), CancellationToken.None));

        Assert.Equal(transient, ex.Transient);
        Assert.Contains($"answered {code}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_that_is_not_there_is_a_transient_failure()
    {
        var notifier = new SmtpAlertNotifier(new SmtpAlertOptions
        {
            Host = "127.0.0.1", Port = FreePort.Next(), Security = SmtpSecurity.None, From = "alerts@orderactors.test", To = ["ops@seller.test"],
        });

        var ex = await Assert.ThrowsAsync<AlertDeliveryException>(() => notifier.SendAsync(TestAlerts.Silent(), CancellationToken.None));

        Assert.True(ex.Transient);
    }

    [Theory]
    [InlineData(SmtpSecurity.None, 25)]
    [InlineData(SmtpSecurity.StartTls, 587)]
    [InlineData(SmtpSecurity.SslOnConnect, 465)]
    public void Port_zero_means_the_usual_port_for_the_security(SmtpSecurity security, int port)
    {
        Assert.Equal(port, new SmtpAlertOptions { Host = "smtp.test", Security = security }.EffectivePort);
    }

    [Fact]
    public void Options_without_a_sender_or_a_recipient_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new SmtpAlertNotifier(new SmtpAlertOptions { Host = "smtp.test", To = ["ops@seller.test"] }));
        Assert.Throws<ArgumentException>(() => new SmtpAlertNotifier(new SmtpAlertOptions { Host = "smtp.test", From = "alerts@orderactors.test" }));
        Assert.NotNull(MailboxAddress.Parse("ops@seller.test"));
    }
}
