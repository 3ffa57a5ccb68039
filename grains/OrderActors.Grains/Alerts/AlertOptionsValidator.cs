using System.Text;
using Microsoft.Extensions.Options;

namespace OrderActors.Grains.Alerts;

/// <summary>Checks "OrderActors:Alerts" at start, so a typo fails the silo with the key at fault instead of losing alerts later.</summary>
internal sealed class AlertOptionsValidator : IValidateOptions<AlertOptions>
{
    private const string Prefix = AlertOptions.Section;

    public ValidateOptionsResult Validate(string? name, AlertOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        if (options.DeliveryAttempts is < 1 or > 10)
        {
            errors.Add($"{Prefix}:DeliveryAttempts must be between 1 and 10 (it is {options.DeliveryAttempts}).");
        }

        if (options.RetryDelay < TimeSpan.Zero || options.RetryDelay > TimeSpan.FromMinutes(1))
        {
            errors.Add($"{Prefix}:RetryDelay must be between 0 and 1 minute (it is {options.RetryDelay}).");
        }

        ValidateSmtp(options.Smtp ?? new(), errors);
        ValidateWebhook(options.Webhook ?? new(), errors);
        errors.AddRange(SilencePolicies.Validate(options.Silence ?? new()));
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void ValidateSmtp(SmtpAlertOptions smtp, List<string> errors)
    {
        const string prefix = Prefix + ":Smtp";
        if (!smtp.IsConfigured)
        {
            if (!string.IsNullOrWhiteSpace(smtp.From) || smtp.To.Count > 0)
            {
                errors.Add($"{prefix}:Host is required when {prefix}:From or :To is set.");
            }

            return;
        }

        if (smtp.Port is < 0 or > 65535)
        {
            errors.Add($"{prefix}:Port must be between 1 and 65535, or 0 for the usual port (it is {smtp.Port}).");
        }

        if (!Enum.IsDefined(smtp.Security))
        {
            errors.Add($"{prefix}:Security must be None, StartTls or SslOnConnect.");
        }

        if (!SmtpAlertNotifier.TryParseMailbox(smtp.From, out _))
        {
            errors.Add($"{prefix}:From must be one e-mail address, e.g. \"OrderActors <alerts@example.com>\" (it is \"{smtp.From}\").");
        }

        if (!SmtpAlertNotifier.TryParseRecipients(smtp.To, out var recipients, out var bad))
        {
            errors.Add($"{prefix}:To has an entry that is not a list of e-mail addresses: \"{bad}\".");
        }
        else if (recipients.Count == 0)
        {
            errors.Add($"{prefix}:To needs at least one address (the operations address).");
        }

        if (!string.IsNullOrEmpty(smtp.Password) && string.IsNullOrWhiteSpace(smtp.UserName))
        {
            errors.Add($"{prefix}:Password is set but {prefix}:UserName is not.");
        }

        if (smtp.Timeout <= TimeSpan.Zero)
        {
            errors.Add($"{prefix}:Timeout must be positive (it is {smtp.Timeout}).");
        }
    }

    private static void ValidateWebhook(WebhookAlertOptions webhook, List<string> errors)
    {
        const string prefix = Prefix + ":Webhook";
        if (!webhook.IsConfigured)
        {
            return;
        }

        // The URL itself is never echoed: it may carry a token.
        if (!webhook.Url!.IsAbsoluteUri || (webhook.Url.Scheme != Uri.UriSchemeHttps && webhook.Url.Scheme != Uri.UriSchemeHttp))
        {
            errors.Add($"{prefix}:Url must be an absolute http or https URL.");
        }

        if (string.IsNullOrEmpty(webhook.Secret))
        {
            errors.Add($"{prefix}:Secret is required when {prefix}:Url is set; set it in the environment (OrderActors__Alerts__Webhook__Secret).");
        }
        else if (Encoding.UTF8.GetByteCount(webhook.Secret) < WebhookAlertNotifier.MinimumSecretBytes)
        {
            errors.Add($"{prefix}:Secret must be at least {WebhookAlertNotifier.MinimumSecretBytes} bytes.");
        }

        if (webhook.Timeout <= TimeSpan.Zero)
        {
            errors.Add($"{prefix}:Timeout must be positive (it is {webhook.Timeout}).");
        }
    }
}
