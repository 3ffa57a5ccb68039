namespace OrderActors.Simulators.Jd;

/// <summary>Settings of the JD (JOS) simulator.</summary>
public sealed class JdSimulatorOptions : SimulatorOptions
{
    /// <summary>"京东API服务端允许客户端请求时间误差为6分钟" (JD's gateway error table, code 8).</summary>
    public TimeSpan TimestampTolerance { get; set; } = TimeSpan.FromMinutes(6);

    /// <summary>page_size limit of jingdong.pop.order.search ("最大page_size 50条", JD's current parameter description).</summary>
    public int MaxPageSize { get; set; } = 50;
}
