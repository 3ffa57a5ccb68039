using OrderActors.GrainInterfaces.Channels;

namespace OrderActors.Grains.Channels;

/// <summary>What a connector persists: small, rewritten once per window pulled.</summary>
[GenerateSerializer, Alias("oa.state.Connector")]
internal sealed class ConnectorState
{
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
}
