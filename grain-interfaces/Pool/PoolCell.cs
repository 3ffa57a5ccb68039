namespace OrderActors.GrainInterfaces.Pool;

/// <summary>A stock cell as the global pool sees it (ATP = available to promise).</summary>
[GenerateSerializer, Immutable, Alias("oa.PoolCell")]
public sealed record PoolCell(
    [property: Id(0)] string Warehouse,
    [property: Id(1)] int OnHand,
    [property: Id(2)] int Reserved,
    [property: Id(3)] int SafetyStock,
    [property: Id(4)] int Available,
    [property: Id(5)] bool Frozen,
    [property: Id(6)] DateTimeOffset AsOf,
    [property: Id(7)] long Sequence);
