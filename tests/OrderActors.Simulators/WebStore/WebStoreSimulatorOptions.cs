namespace OrderActors.Simulators.WebStore;

/// <summary>Settings of the web store simulator (section <c>WebStoreSimulator</c> when run standalone).</summary>
public sealed class WebStoreSimulatorOptions : SimulatorOptions
{
    /// <summary>The shop's time zone in the order objects it writes (the contract allows any offset).</summary>
    public TimeSpan WireOffset { get; set; } = TimeSpan.FromHours(8);

    /// <summary>How long a client is asked to wait after a 429 (Retry-After, in whole seconds).</summary>
    public int RetryAfterSeconds { get; set; } = 1;
}
