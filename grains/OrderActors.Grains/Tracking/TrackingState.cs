using OrderActors.GrainInterfaces.Tracking;

namespace OrderActors.Grains.Tracking;

[GenerateSerializer, Alias("oa.state.Tracking")]
internal sealed class TrackingState
{
    [Id(0)] public List<TrackingStep> Steps { get; set; } = [];

    /// <summary>How often a gap in the stream was repaired from the order (a health signal).</summary>
    [Id(1)] public int Repairs { get; set; }

    public int LastVersion => Steps.Count == 0 ? 0 : Steps[^1].Version;
}
