namespace OrderActors.Grains.Alerts;

/// <summary>
/// Alerting, from "OrderActors:Alerts" (docs/alerts.md). A notifier is active only when its section
/// is configured (Smtp:Host, Webhook:Url). Secrets — Smtp:Password and Webhook:Secret — come from the
/// environment (OrderActors__Alerts__Smtp__Password, OrderActors__Alerts__Webhook__Secret), never from
/// a file in the repo.
/// </summary>
public sealed class AlertOptions
{
    public const string Section = "OrderActors:Alerts";

    /// <summary>E-mail to the operations address(es).</summary>
    public SmtpAlertOptions Smtp { get; set; } = new();

    /// <summary>A signed JSON POST to an HTTP endpoint.</summary>
    public WebhookAlertOptions Webhook { get; set; } = new();

    /// <summary>When a silent shop is worth an alert.</summary>
    public SilenceOptions Silence { get; set; } = new();

    /// <summary>Attempts per notifier and alert, the first included (transient failures only).</summary>
    public int DeliveryAttempts { get; set; } = 3;

    /// <summary>The delay before the first retry; it doubles for each further one, with ±50 % jitter.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);
}
