using OrderActors.GrainInterfaces.Channels;

namespace OrderActors.Grains.Channels;

/// <summary>What a connector persists: small, rewritten once per window pulled.</summary>
[GenerateSerializer, Alias("oa.state.Connector")]
internal sealed class ConnectorState
{
    /// <summary>The shop's connection with its tokens (access, refresh, webhook secret) encrypted when <see cref="TokensProtected"/>.</summary>
    [Id(0)] public ShopConnection? Connection { get; set; }

    [Id(1)] public DateTimeOffset? Checkpoint { get; set; }

    [Id(2)] public DateTimeOffset? LastPullAt { get; set; }

    [Id(3)] public DateTimeOffset? LastSuccessAt { get; set; }

    [Id(4)] public string? LastError { get; set; }

    [Id(5)] public int ConsecutiveFailures { get; set; }

    [Id(6)] public DateTimeOffset? CircuitOpenUntil { get; set; }

    [Id(7)] public long OrdersCreated { get; set; }

    [Id(8)] public long OrdersUpdated { get; set; }

    [Id(9)] public long OrdersRejected { get; set; }

    /// <summary>False only for state written before tokens were encrypted; such state is encrypted on activation.</summary>
    [Id(10)] public bool TokensProtected { get; set; }

    [Id(11)] public long OrdersPulled { get; set; }

    [Id(12)] public DateTimeOffset? LastNewOrderAt { get; set; }

    [Id(13)] public long Retries { get; set; }

    [Id(14)] public long Throttled { get; set; }

    [Id(15)] public long FailedPulls { get; set; }

    [Id(16)] public string? TokenProblem { get; set; }

    /// <summary>When the shop was connected: silence is measured from here until the first order.</summary>
    [Id(17)] public DateTimeOffset? ConnectedAt { get; set; }

    [Id(18)] public DateTimeOffset? LastReconciledAt { get; set; }

    [Id(19)] public bool? LastReconciliationMatched { get; set; }

    [Id(20)] public DateTimeOffset? SilenceRaisedAt { get; set; }

    [Id(21)] public DateTimeOffset? SilentSince { get; set; }

    [Id(22)] public DateTimeOffset? SilenceNotifiedAt { get; set; }

    [Id(23)] public int SilenceReminders { get; set; }

    [Id(24)] public DateTimeOffset? SilenceClearedAt { get; set; }
}
