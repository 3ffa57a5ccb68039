using System.Collections.Immutable;

namespace OrderActors.GrainInterfaces.Pool;

/// <summary>The global inventory pool (全局库存池) of one SKU: availability in every warehouse.</summary>
[GenerateSerializer, Immutable, Alias("oa.PoolView")]
public sealed record PoolView([property: Id(0)] string Sku, [property: Id(1)] ImmutableArray<PoolCell> Cells)
{
    public int Available => Cells.Where(c => !c.Frozen).Sum(c => c.Available);
}
