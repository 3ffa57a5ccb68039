namespace OrderActors.Simulators.Wms;

/// <summary>
/// The simulated warehouses' WMS: where it sends events (<see cref="OmsBaseUrl"/>, the client API), each
/// warehouse's secret, and the autopilot's pace. Standalone, bound from the <c>Wms</c> section
/// (<c>--Wms:OmsBaseUrl=http://127.0.0.1:8080/ --Wms:Warehouses:SH1=…</c>); all of it can be changed at
/// run time under <c>/sim/wms</c>.
/// </summary>
public sealed class WmsSimulatorOptions
{
    /// <summary>The OMS's base URL; events go to <c>{OmsBaseUrl}api/wms/{warehouse}/events</c>.</summary>
    public Uri? OmsBaseUrl { get; set; }

    /// <summary>Secret per warehouse code, the same as the OMS's <c>OrderActors:Wms:Warehouses:{code}:Secret</c>.</summary>
    public Dictionary<string, string> Warehouses { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Autopilot: from enqueueing to the picked event.</summary>
    public TimeSpan PickAfter { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Autopilot: from picked to packed.</summary>
    public TimeSpan PackAfter { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Autopilot: from packed to the outbound scan.</summary>
    public TimeSpan ScanAfter { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Autopilot: how often it looks for due steps, and the wait before resending after a 5xx or no answer.</summary>
    public TimeSpan Tick { get; set; } = TimeSpan.FromMilliseconds(200);

    public string Operator { get; set; } = "sim-operator";

    public string Device { get; set; } = "sim-rf-01";
}
