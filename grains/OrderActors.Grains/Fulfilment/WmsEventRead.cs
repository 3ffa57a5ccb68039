using System.Collections.Immutable;
using OrderActors.GrainInterfaces.Channels;
using OrderActors.GrainInterfaces.Fulfilment;

namespace OrderActors.Grains.Fulfilment;

/// <summary>What reading one event body found.</summary>
/// <param name="Event">The event; null when anything is wrong.</param>
/// <param name="OrderId">The order it is about, when it could be read (also for an invalid event, to say so in the answer).</param>
/// <param name="Errors">Everything wrong, by JSON path; empty for a valid event.</param>
/// <param name="NotAnObject">The body is JSON but not an object (a 400 rather than a 422).</param>
internal sealed record WmsEventRead(WarehouseEvent? Event, string? OrderId, ImmutableArray<WebhookFieldError> Errors, bool NotAnObject);
