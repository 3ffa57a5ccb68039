namespace OrderActors.Grains.Alerts;

/// <summary>"OrderActors:Alerts:Webhook": where alerts are POSTed and the key they are signed with. Active when <see cref="Url"/> is set.</summary>
public sealed class WebhookAlertOptions
{
    /// <summary>An absolute http(s) URL. Treated as a secret too (chat webhooks carry a token in it): never logged.</summary>
    public Uri? Url { get; set; }

    /// <summary>The HMAC-SHA256 key, at least 16 bytes; from the environment only (OrderActors__Alerts__Webhook__Secret).</summary>
    public string? Secret { get; set; }

    /// <summary>For one attempt, connect to the end of the response.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    public bool IsConfigured => Url is not null;
}
