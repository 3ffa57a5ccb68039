namespace OrderActors.Grains.Fulfilment;

/// <summary>
/// The warehouses' WMS webhooks, from <c>OrderActors:Wms</c>. Each warehouse that sends events has its
/// own secret, <c>OrderActors:Wms:Warehouses:{code}:Secret</c>, set from the environment in production
/// (<c>OrderActors__Wms__Warehouses__SH1__Secret</c>); a warehouse without one is answered 404.
/// </summary>
public sealed class WmsOptions
{
    public const string Section = "OrderActors:Wms";

    /// <summary>Per warehouse code.</summary>
    public Dictionary<string, WmsWarehouseOptions> Warehouses { get; set; } = new(StringComparer.Ordinal);

    /// <summary>How far an event's signed timestamp may be from the silo's clock, either way.</summary>
    public TimeSpan Tolerance { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How far an event's own time (<c>at</c>) may be ahead of the silo's clock (scanner clocks drift).</summary>
    public TimeSpan FutureSkew { get; set; } = TimeSpan.FromMinutes(5);
}
