namespace OrderActors.Simulators;

/// <summary>What every marketplace simulator is configured with: its first app, token lifetimes, flow control.</summary>
public class SimulatorOptions
{
    /// <summary>The application that exists from the start; more can be added through the admin API.</summary>
    public string AppKey { get; set; } = "sim-app";

    public string AppSecret { get; set; } = "sim-secret";

    /// <summary>How long an access token issued by a refresh lives.</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromDays(1);

    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Calls per second per app key before the platform's throttle answer; 0 for no limit.</summary>
    public int CallsPerSecond { get; set; }
}
