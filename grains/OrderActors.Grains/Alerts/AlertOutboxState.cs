namespace OrderActors.Grains.Alerts;

[GenerateSerializer, Alias("oa.state.AlertOutbox")]
internal sealed class AlertOutboxState
{
    [Id(0)] public List<PendingAlert> Pending { get; set; } = [];

    /// <summary>Ids delivered lately (bounded), so a repeated enqueue of the same event sends nothing.</summary>
    [Id(1)] public List<string> RecentlySent { get; set; } = [];
}
