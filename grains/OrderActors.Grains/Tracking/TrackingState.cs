using OrderActors.GrainInterfaces.Carriers;
using OrderActors.GrainInterfaces.Tracking;

namespace OrderActors.Grains.Tracking;

[GenerateSerializer, Alias("oa.state.Tracking")]
internal sealed class TrackingState
{
    [Id(0)] public List<TrackingStep> Steps { get; set; } = [];

    /// <summary>How often a gap in the stream was repaired from the order (a health signal).</summary>
    [Id(1)] public int Repairs { get; set; }

    [Id(2)] public string? Carrier { get; set; }

    [Id(3)] public string? WaybillNumber { get; set; }

    /// <summary>The parcel's carrier events, in time order, one per event key.</summary>
    [Id(4)] public List<CarrierTrackingEvent> CarrierEvents { get; set; } = [];

    public int LastVersion => Steps.Count == 0 ? 0 : Steps[^1].Version;
}
