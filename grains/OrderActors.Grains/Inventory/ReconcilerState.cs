using OrderActors.GrainInterfaces.Inventory;

namespace OrderActors.Grains.Inventory;

[GenerateSerializer, Alias("oa.state.Reconciler")]
internal sealed class ReconcilerState
{
    [Id(0)] public ReconciliationReport? Last { get; set; }
}
