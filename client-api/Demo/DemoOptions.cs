namespace OrderActors.ClientApi.Demo;

/// <summary>Demo traffic for a newcomer's local run ("OrderActors:Demo"); off unless enabled.</summary>
public sealed class DemoOptions
{
    public const string Section = "OrderActors:Demo";

    public bool Enabled { get; set; }

    public double OrdersPerSecond { get; set; } = 2;

    /// <summary>How long an order waits at each warehouse/carrier step before the demo moves it on.</summary>
    public TimeSpan StepDelay { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>
    /// The marketplace simulators, when they run: Taobao, JD, Pinduoduo and Douyin demo orders are then
    /// sold on them and come in through the demo shops' connectors, which pull every minute.
    /// </summary>
    public Uri? MarketplaceSimulatorUrl { get; set; }

    /// <summary>
    /// The WMS simulator, when it runs: every demo order is then handed to its autopilot, which picks, packs and
    /// scans it out through the signed WMS webhook (the carrier simulator issues the waybill and delivers).
    /// Without it the demo scans, binds a made-up waybill and delivers through the order grain itself.
    /// </summary>
    public Uri? WmsSimulatorUrl { get; set; }
}
