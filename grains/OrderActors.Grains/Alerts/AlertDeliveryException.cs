namespace OrderActors.Grains.Alerts;

/// <summary>A notifier's attempt failed. The message must never contain a secret (password, signing key, a URL with a token).</summary>
public sealed class AlertDeliveryException : Exception
{
    public AlertDeliveryException()
    {
    }

    public AlertDeliveryException(string message)
        : base(message)
    {
    }

    public AlertDeliveryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public AlertDeliveryException(string message, bool transient, Exception? innerException = null, TimeSpan? retryAfter = null)
        : base(message, innerException)
    {
        Transient = transient;
        RetryAfter = retryAfter;
    }

    /// <summary>A timeout, a dropped connection, a 5xx or 429, an SMTP 4xx: the same attempt later may succeed.</summary>
    public bool Transient { get; }

    /// <summary>How long the receiver asked us to wait (HTTP Retry-After), if it did.</summary>
    public TimeSpan? RetryAfter { get; }
}
