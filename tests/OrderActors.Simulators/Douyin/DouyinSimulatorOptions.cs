namespace OrderActors.Simulators.Douyin;

/// <summary>Settings of the Douyin shop simulator (section <c>DouyinSimulator</c> when run standalone).</summary>
public sealed class DouyinSimulatorOptions : SimulatorOptions
{
    /// <summary>How far a request's timestamp may be from the simulator's clock. Douyin's tolerance was not confirmed; 10 minutes is chosen (TOP's documented value).</summary>
    public TimeSpan TimestampTolerance { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// The longest update_time or create_time range one <c>order.searchList</c> accepts. Douyin publishes no
    /// limit that was confirmed; the simulator enforces the connector's chosen day so the tests prove the
    /// client never asks for more.
    /// </summary>
    public TimeSpan MaxWindow { get; set; } = TimeSpan.FromDays(1);
}
