using OrderActors.GrainInterfaces.Channels;

namespace OrderActors.Grains.Channels.Import;

/// <summary>What an import grain persists: the report, once the file has been applied. Written once.</summary>
[GenerateSerializer, Alias("oa.state.OrderImport")]
internal sealed class OrderImportState
{
    [Id(0)] public ImportReport? Report { get; set; }
}
