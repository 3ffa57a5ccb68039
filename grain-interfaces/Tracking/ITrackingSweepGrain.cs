namespace OrderActors.GrainInterfaces.Tracking;

/// <summary>
/// Checks the tracking timelines of orders in flight that are due (a lost last status event shows no gap, so
/// something has to look). Runs on one reminder for the whole cluster; keyed <see cref="OrleansNames.TrackingSweepKey"/>.
/// </summary>
public interface ITrackingSweepGrain : IGrainWithStringKey
{
    /// <summary>Checks every due order now; returns how many were checked.</summary>
    Task<int> Sweep();

    /// <summary>Starts the periodic reminder (idempotent); silos call it at start.</summary>
    Task EnsureScheduled();
}
