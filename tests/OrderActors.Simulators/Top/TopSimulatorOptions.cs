namespace OrderActors.Simulators.Top;

/// <summary>Settings of the TOP simulator (section <c>TopSimulator</c> when run standalone).</summary>
public sealed class TopSimulatorOptions : SimulatorOptions
{
    /// <summary>"淘宝API服务端允许客户端请求最大时间误差为10分钟" (documented).</summary>
    public TimeSpan TimestampTolerance { get; set; } = TimeSpan.FromMinutes(10);
}
