using OrderActors.GrainInterfaces.Fulfilment;
using OrderActors.GrainInterfaces.Orders;

namespace OrderActors.Grains.Fulfilment;

/// <summary>What taking an event to its order came to: applied, unchanged, refused by the order (review), or not this warehouse's order.</summary>
internal sealed record WmsStepResult(WmsOutcome Outcome, string? Reason, string? Detail, OrderStatus? Status);
