namespace OrderActors.Grains.Alerts;

/// <summary>One way of delivering alerts (e-mail, a webhook …). The dispatcher retries; a notifier makes one attempt per call.</summary>
public interface IAlertNotifier
{
    /// <summary>A short name for logs and outcomes, e.g. <c>smtp</c>. Never a secret, an address or a URL.</summary>
    string Name { get; }

    /// <summary>Delivers <paramref name="alert"/> once.</summary>
    /// <exception cref="AlertDeliveryException">The attempt failed; <see cref="AlertDeliveryException.Transient"/> says whether trying again may help.</exception>
    Task SendAsync(Alert alert, CancellationToken cancellationToken);
}
