using System.Collections.Immutable;

namespace OrderActors.GrainInterfaces.Channels;

/// <summary>One trade the pull could not import, and why (it stays visible, never silently lost).</summary>
[GenerateSerializer, Immutable, Alias("oa.RejectedTrade")]
public sealed record RejectedTrade([property: Id(0)] string PlatformOrderId, [property: Id(1)] string Reason);

/// <summary>What one pull did.</summary>
[GenerateSerializer, Immutable, Alias("oa.PullReport")]
public sealed record PullReport(
    [property: Id(0)] DateTimeOffset StartedAt,
    [property: Id(1)] int Windows,
    [property: Id(2)] int Trades,
    [property: Id(3)] int Created,
    [property: Id(4)] int Updated,
    [property: Id(5)] int Unchanged,
    [property: Id(6)] int Ignored,
    [property: Id(7)] ImmutableArray<RejectedTrade> Rejected,
    [property: Id(8)] DateTimeOffset? CheckpointBefore,
    [property: Id(9)] DateTimeOffset? CheckpointAfter,
    [property: Id(10)] bool TokenRefreshed,
    [property: Id(11)] string? Error);
