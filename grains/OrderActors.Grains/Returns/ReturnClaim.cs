using System.Collections.Immutable;
using OrderActors.GrainInterfaces.Returns;

namespace OrderActors.Grains.Returns;

/// <summary>
/// One return of an order as the order's returns grain keeps it: how it was asked for (to answer repeats) and the
/// units it holds against the order until <see cref="Released"/> (cancelled).
/// </summary>
[GenerateSerializer, Immutable, Alias("oa.state.ReturnClaim")]
internal sealed record ReturnClaim(
    [property: Id(0)] int Number,
    [property: Id(1)] string RequestId,
    [property: Id(2)] string? PlatformReturnId,
    [property: Id(3)] string Fingerprint,
    [property: Id(4)] ImmutableArray<ReturnLine> Lines,
    [property: Id(5)] long GoodsValueFen,
    [property: Id(6)] bool Released);
