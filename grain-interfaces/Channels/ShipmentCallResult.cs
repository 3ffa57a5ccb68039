namespace OrderActors.GrainInterfaces.Channels;

/// <summary>A connector's answer to a ship call.</summary>
/// <param name="Detail">What the platform said (code and message) or why no call was made.</param>
/// <param name="RetryAfter">When to come back, when that is known (an open circuit's end).</param>
[GenerateSerializer, Immutable, Alias("oa.ShipmentCallResult")]
public sealed record ShipmentCallResult(
    [property: Id(0)] ShipmentCallOutcome Outcome,
    [property: Id(1)] string? Detail = null,
    [property: Id(2)] DateTimeOffset? RetryAfter = null);
