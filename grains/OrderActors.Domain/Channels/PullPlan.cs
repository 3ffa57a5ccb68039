namespace OrderActors.Domain.Channels;

/// <summary>The windows to pull next, oldest first and contiguous.</summary>
/// <param name="Windows">Empty when there is nothing new to pull yet.</param>
/// <param name="LookbackGap">When the checkpoint is older than the API serves, the stretch that can no
/// longer be pulled incrementally (from the overlapped checkpoint to the earliest allowed start); it
/// needs a full re-sync or reconciliation, and the connector should say so.</param>
public sealed record PullPlan(IReadOnlyList<PullWindow> Windows, PullWindow? LookbackGap)
{
    public bool IsEmpty => Windows.Count == 0;
}
