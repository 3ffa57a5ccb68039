namespace OrderActors.GrainInterfaces.Channels;

/// <summary>What an operator needs to know about one shop's connector.</summary>
/// <param name="Checkpoint">Everything modified up to here has been pulled and committed.</param>
/// <param name="CircuitOpenUntil">After repeated failures the connector pauses until then.</param>
/// <param name="OrdersPulled">Platform orders read (new, changed or already known), since the shop was connected.</param>
/// <param name="Lag">How far the checkpoint is behind now: the oldest change that may not be in the system yet.</param>
/// <param name="LastNewOrderAt">When the shop last brought an order the system had not seen (silence is measured from here).</param>
/// <param name="Retries">Platform calls retried (throttled, 5xx, transport), of which <paramref name="Throttled"/> were throttled.</param>
/// <param name="TokenProblem">Why the token could not be refreshed: the seller has to authorise again.</param>
/// <param name="Alert">The open alert ("silent", …) or null.</param>
/// <param name="AlertSince">Since when the alert is open.</param>
/// <param name="LastReconciliationMatched">Whether the last reconciliation found the platform and the system in agreement before any repair.</param>
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
    [property: Id(14)] TimeSpan PullInterval,
    [property: Id(15)] long OrdersPulled,
    [property: Id(16)] TimeSpan? Lag,
    [property: Id(17)] DateTimeOffset? LastNewOrderAt,
    [property: Id(18)] long Retries,
    [property: Id(19)] long Throttled,
    [property: Id(20)] long FailedPulls,
    [property: Id(21)] string? TokenProblem,
    [property: Id(22)] string? Alert,
    [property: Id(23)] DateTimeOffset? AlertSince,
    [property: Id(24)] DateTimeOffset? LastReconciledAt,
    [property: Id(25)] bool? LastReconciliationMatched);
