namespace OrderActors.GrainInterfaces.Inventory;

/// <summary>
/// Finds reservations no order needs any more (the order was cancelled, shipped, re-routed, or
/// never recorded after a crash) and releases them. Runs on a reminder and on demand; keyed
/// <see cref="OrleansNames.ReconcilerKey"/>.
/// </summary>
public interface IReservationReconcilerGrain : IGrainWithStringKey
{
    Task<ReconciliationReport> Run();

    Task<ReconciliationReport?> LastReport();

    /// <summary>Starts the periodic reminder (idempotent); silos call it at start.</summary>
    Task EnsureScheduled();
}
