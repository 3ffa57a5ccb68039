namespace OrderActors.Grains.Alerts;

/// <summary>How one notifier fared with one alert.</summary>
/// <param name="Notifier">The notifier's <see cref="IAlertNotifier.Name"/>.</param>
/// <param name="Delivered">Whether an attempt succeeded.</param>
/// <param name="Attempts">How many attempts were made (at least 1).</param>
/// <param name="Error">The last failure when not delivered; null when delivered.</param>
public sealed record AlertDeliveryOutcome(string Notifier, bool Delivered, int Attempts, string? Error);
