using OrderActors.GrainInterfaces.Carriers;
using OrderActors.GrainInterfaces.Tracking;

namespace OrderActors.Grains.Tracking;

[GenerateSerializer, Alias("oa.state.Tracking")]
internal sealed class TrackingState
{
    [Id(0)] public List<TrackingStep> Steps { get; set; } = [];

    /// <summary>How often the timeline was rebuilt from the order (a health signal); split by cause below.</summary>
    [Id(1)] public int Repairs { get; set; }

    [Id(2)] public string? Carrier { get; set; }

    [Id(3)] public string? WaybillNumber { get; set; }

    /// <summary>The parcel's carrier events, in time order, one per event key.</summary>
    [Id(4)] public List<CarrierTrackingEvent> CarrierEvents { get; set; } = [];

    [Id(5)] public int RepairsOnGap { get; set; }

    [Id(6)] public int RepairsOnCheck { get; set; }

    [Id(7)] public int RepairsOnRead { get; set; }

    /// <summary>Whether the periodic check reminder is registered (saves re-registering it, a database write, on every event).</summary>
    [Id(8)] public bool Watching { get; set; }

    public int LastVersion => Steps.Count == 0 ? 0 : Steps[^1].Version;
}
