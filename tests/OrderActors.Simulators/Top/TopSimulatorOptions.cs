namespace OrderActors.Simulators.Top;

/// <summary>Settings of the TOP simulator (section <c>TopSimulator</c> when run standalone).</summary>
public sealed class TopSimulatorOptions
{
    /// <summary>The application that exists from the start; more can be added under /sim/top/apps.</summary>
    public string AppKey { get; set; } = "sim-app";

    public string AppSecret { get; set; } = "sim-secret";

    /// <summary>How long an access token (session) issued by a refresh lives.</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromDays(1);

    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Calls per second per app key before code 7; 0 for no limit.</summary>
    public int CallsPerSecond { get; set; }

    /// <summary>"淘宝API服务端允许客户端请求最大时间误差为10分钟" (documented).</summary>
    public TimeSpan TimestampTolerance { get; set; } = TimeSpan.FromMinutes(10);
}
