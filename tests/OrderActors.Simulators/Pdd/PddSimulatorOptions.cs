namespace OrderActors.Simulators.Pdd;

/// <summary>Settings of the Pinduoduo simulator.</summary>
public sealed class PddSimulatorOptions : SimulatorOptions
{
    /// <summary>"timestamp … 需要与拼多多服务器时间差值在10分钟内" (documented).</summary>
    public TimeSpan TimestampTolerance { get; set; } = TimeSpan.FromMinutes(10);
}
