namespace OrderActors.Grains.Channels;

/// <summary>How connectors retry, back off and pause (<c>OrderActors:Channels:Connector</c>).</summary>
public sealed class ConnectorOptions
{
    public const string Section = "OrderActors:Channels:Connector";

    /// <summary>Attempts per platform call before the pull fails (the first one included).</summary>
    public int Attempts { get; set; } = 4;

    /// <summary>Backoff base after a 5xx or transport failure; doubled per attempt, plus jitter.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Backoff base after a throttle answer (platforms ban for about a second); times the attempt, plus jitter.</summary>
    public TimeSpan ThrottleDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Failed pulls in a row after which the shop's circuit opens.</summary>
    public int FailuresBeforeCircuitOpens { get; set; } = 5;

    public TimeSpan CircuitOpenFor { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>An access token this close to expiry is refreshed before the pull.</summary>
    public TimeSpan RefreshAhead { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How often each shop is reconciled against its platform.</summary>
    public TimeSpan ReconcileEvery { get; set; } = TimeSpan.FromDays(7);

    /// <summary>The weekday (China time) the reconciliation runs on.</summary>
    public DayOfWeek ReconcileOn { get; set; } = DayOfWeek.Monday;

    /// <summary>The time of day (China time) it runs at: quiet for the platforms and the warehouse.</summary>
    public TimeOnly ReconcileAt { get; set; } = new(3, 30);

    /// <summary>How many full days before the run it covers.</summary>
    public int ReconcileDays { get; set; } = 7;
}
