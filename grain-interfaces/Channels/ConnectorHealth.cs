namespace OrderActors.GrainInterfaces.Channels;

/// <summary>What an operator needs to know about one shop's connector.</summary>
/// <param name="Checkpoint">Everything modified up to here has been pulled and committed.</param>
/// <param name="CircuitOpenUntil">After repeated failures the connector pauses until then.</param>
[GenerateSerializer, Immutable, Alias("oa.ConnectorHealth")]
public sealed record ConnectorHealth(
    [property: Id(0)] string Channel,
    [property: Id(1)] string Shop,
    [property: Id(2)] bool Configured,
    [property: Id(3)] bool Healthy,
    [property: Id(4)] DateTimeOffset? Checkpoint,
    [property: Id(5)] DateTimeOffset? LastPullAt,
    [property: Id(6)] DateTimeOffset? LastSuccessAt,
    [property: Id(7)] string? LastError,
    [property: Id(8)] int ConsecutiveFailures,
    [property: Id(9)] DateTimeOffset? CircuitOpenUntil,
    [property: Id(10)] DateTimeOffset? AccessTokenExpiresAt,
    [property: Id(11)] long OrdersCreated,
    [property: Id(12)] long OrdersUpdated,
    [property: Id(13)] long OrdersRejected,
    [property: Id(14)] TimeSpan PullInterval);
