using System.Collections.Immutable;

namespace OrderActors.GrainInterfaces.Carriers;

/// <summary>What the push inbox did with a push.</summary>
/// <param name="Reason">A reason code when it was not accepted.</param>
/// <param name="Errors">What was wrong with a malformed push, one line per problem (route index or field).</param>
/// <param name="Events">How many events the push carried.</param>
/// <param name="NewEvents">How many of them were new to their parcels.</param>
/// <param name="Unbound">Waybills the OMS has not bound to an order yet: their events are kept and reach the order once it is bound.</param>
[GenerateSerializer, Immutable, Alias("oa.CarrierPushReceipt")]
public sealed record CarrierPushReceipt(
    [property: Id(0)] CarrierPushOutcome Outcome,
    [property: Id(1)] string? Reason,
    [property: Id(2)] string? Detail,
    [property: Id(3)] ImmutableArray<string> Errors,
    [property: Id(4)] int Events,
    [property: Id(5)] int NewEvents,
    [property: Id(6)] ImmutableArray<string> Unbound);
