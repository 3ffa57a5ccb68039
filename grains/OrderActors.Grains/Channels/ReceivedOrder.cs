namespace OrderActors.Grains.Channels;

/// <summary>A marketplace order as handed to the system, and what came of it (a row of <c>channel_orders</c>).</summary>
internal sealed record ReceivedOrder(
    string PlatformOrderId,
    DateTimeOffset? CreatedAt,
    DateTimeOffset ModifiedAt,
    ReceivedOutcome Outcome,
    string? Detail);

internal enum ReceivedOutcome
{
    /// <summary>The order exists in the system.</summary>
    Recorded = 0,

    /// <summary>Refused on import (unknown SKU, address that does not resolve); the detail says why.</summary>
    Rejected = 1,

    /// <summary>Not recorded: not paid yet, or closed before it was ever recorded.</summary>
    Ignored = 2,
}
