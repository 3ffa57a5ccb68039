using System.Collections.Immutable;

namespace OrderActors.GrainInterfaces.Returns;

/// <summary>
/// A request to take goods of a shipped order back. <see cref="RequestId"/> makes it idempotent; a marketplace
/// return also carries the platform's return id (<see cref="PlatformReturnId"/>), which identifies it as well.
/// </summary>
/// <param name="ReasonText">Free text beside the reason code (the buyer's words, the operator's note).</param>
/// <param name="Actor">Who asked: the operator's name, or the channel connector.</param>
[GenerateSerializer, Immutable, Alias("oa.CreateReturn")]
public sealed record CreateReturn(
    [property: Id(0)] string OrderId,
    [property: Id(1)] string RequestId,
    [property: Id(2)] ReturnSource Source,
    [property: Id(3)] string? PlatformReturnId,
    [property: Id(4)] ImmutableArray<ReturnLine> Lines,
    [property: Id(5)] ReturnReason Reason,
    [property: Id(6)] string? ReasonText,
    [property: Id(7)] string Actor);
