using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using OrderActors.Domain.Alerts;

namespace OrderActors.Grains.Alerts;

/// <summary>
/// E-mails alerts to the operations address(es) over SMTP (MailKit), one connection per alert: alerts
/// are rare, and a fresh connection cannot be a stale one. The Message-ID is derived from the alert's
/// idempotency id, so a retried delivery is the same message to the receiving side.
/// </summary>
public sealed class SmtpAlertNotifier : IAlertNotifier
{
    /// <summary>The alert's idempotency id, verbatim, for receivers and mail filters.</summary>
    public const string AlertIdHeader = "X-OrderActors-Alert-Id";

    /// <summary>The alert's kind, e.g. <c>ChannelSilent</c>.</summary>
    public const string AlertKindHeader = "X-OrderActors-Alert-Kind";

    private readonly SmtpAlertOptions _options;
    private readonly MailboxAddress _from;
    private readonly IReadOnlyList<MailboxAddress> _to;

    public SmtpAlertNotifier(SmtpAlertOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.IsConfigured || !TryParseMailbox(options.From, out var from) || !TryParseRecipients(options.To, out var to, out _) || to.Count == 0)
        {
            throw new ArgumentException("The SMTP alert options need Host, From and at least one To address.", nameof(options));
        }

        _options = options;
        _from = from;
        _to = to;
    }

    public string Name => "smtp";

    public async Task SendAsync(Alert alert, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        using var message = Compose(alert);
        using var client = new SmtpClient { Timeout = (int)Math.Min(int.MaxValue, _options.Timeout.TotalMilliseconds) };
        try
        {
            await client.ConnectAsync(_options.Host!, _options.EffectivePort, Secure(_options.Security), cancellationToken).ConfigureAwait(false);
            if (!string.IsNullOrWhiteSpace(_options.UserName))
            {
                await client.AuthenticateAsync(_options.UserName, _options.Password ?? string.Empty, cancellationToken).ConfigureAwait(false);
            }

            await client.SendAsync(message, cancellationToken).ConfigureAwait(false);
            await client.DisconnectAsync(quit: true, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (Classify(ex, cancellationToken) is { } failure)
        {
            throw failure;
        }
    }

    /// <summary>The e-mail for <paramref name="alert"/>: subject with the prefix, the alert's text, and a footer with its facts.</summary>
    internal MimeMessage Compose(Alert alert)
    {
        var message = new MimeMessage();
        message.From.Add(_from);
        message.To.AddRange(_to);
        message.Subject = string.IsNullOrWhiteSpace(_options.SubjectPrefix) ? alert.Subject : $"{_options.SubjectPrefix.Trim()} {alert.Subject}";
        message.Date = alert.OccurredAt;
        message.MessageId = MessageIdFor(alert.IdempotencyId, _from.Domain);
        message.Headers.Add(AlertIdHeader, alert.IdempotencyId);
        message.Headers.Add(AlertKindHeader, alert.Kind.ToString());
        var china = alert.OccurredAt.ToOffset(QuietHours.ChinaOffset);
        var footer = new StringBuilder()
            .AppendLine()
            .AppendLine()
            .AppendLine("-- ")
            .AppendLine(CultureInfo.InvariantCulture, $"Alert: {alert.Kind}")
            .AppendLine(CultureInfo.InvariantCulture, $"Source: {alert.Source}")
            .AppendLine(CultureInfo.InvariantCulture, $"Occurred: {china:yyyy-MM-dd HH:mm:ss} China time ({alert.OccurredAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC)")
            .Append(CultureInfo.InvariantCulture, $"Alert id: {alert.IdempotencyId}");
        message.Body = new TextPart(MimeKit.Text.TextFormat.Plain) { Text = alert.Body.TrimEnd() + footer };
        return message;
    }

    /// <summary>
    /// <c>{first 32 hex digits of SHA-256(idempotency id)}@{domain}</c>: the same for every retry of one
    /// alert, and always a valid Message-ID whatever characters the id has.
    /// </summary>
    internal static string MessageIdFor(string idempotencyId, string? domain)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(idempotencyId)))[..32];
        return $"{hash}@{(string.IsNullOrWhiteSpace(domain) ? "orderactors.invalid" : domain)}";
    }

    internal static bool TryParseMailbox(string? text, [NotNullWhen(true)] out MailboxAddress? mailbox)
    {
        mailbox = null;
        return !string.IsNullOrWhiteSpace(text) && MailboxAddress.TryParse(text, out mailbox) && !string.IsNullOrEmpty(mailbox.Domain);
    }

    internal static bool TryParseRecipients(IEnumerable<string>? entries, out List<MailboxAddress> recipients, out string? bad)
    {
        recipients = [];
        bad = null;
        foreach (var entry in entries ?? [])
        {
            if (string.IsNullOrWhiteSpace(entry) || !InternetAddressList.TryParse(entry, out var list)
                || list.Count == 0 || list.Any(a => a is not MailboxAddress { Domain.Length: > 0 }))
            {
                bad = entry;
                return false;
            }

            recipients.AddRange(list.Mailboxes);
        }

        return true;
    }

    private static SecureSocketOptions Secure(SmtpSecurity security) => security switch
    {
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.None,
    };

    /// <summary>
    /// What an exception means for a retry. SMTP 4xx replies, dropped connections and timeouts are
    /// transient; 5xx replies, failed authentication and TLS errors are not (they need someone to fix
    /// the configuration). Null for the caller's own cancellation, which is not a delivery failure.
    /// </summary>
    private static AlertDeliveryException? Classify(Exception ex, CancellationToken cancellationToken) => ex switch
    {
        OperationCanceledException when cancellationToken.IsCancellationRequested => null,
        SmtpCommandException command => new AlertDeliveryException(
            $"SMTP server answered {(int)command.StatusCode} ({command.ErrorCode}): {command.Message}", (int)command.StatusCode is >= 400 and < 500, ex),
        AuthenticationException => new AlertDeliveryException("SMTP authentication failed: check Smtp:UserName and the password.", transient: false, ex),
        SslHandshakeException => new AlertDeliveryException("SMTP TLS handshake failed: check Smtp:Security and the server's certificate.", transient: false, ex),
        NotSupportedException => new AlertDeliveryException($"SMTP server does not support what is configured: {ex.Message}", transient: false, ex),
        SmtpProtocolException or ServiceNotConnectedException or IOException or SocketException or TimeoutException or OperationCanceledException =>
            new AlertDeliveryException($"SMTP connection failed: {ex.Message}", transient: true, ex),
        _ => null,
    };
}
