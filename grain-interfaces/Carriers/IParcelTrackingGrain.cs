namespace OrderActors.GrainInterfaces.Carriers;

/// <summary>
/// The reading and polling side of the parcel grain (same key, <c>{carrier}:{waybillNumber}</c>, same activation
/// as <see cref="IParcelGrain"/>).
/// </summary>
public interface IParcelTrackingGrain : IGrainWithStringKey
{
    /// <summary>The parcel, or null when nothing was bound or recorded under this key.</summary>
    Task<ParcelView?> Get();

    /// <summary>
    /// What the poll reminder does: when no push arrived for the configured quiet time and the parcel is not
    /// delivered or returned, asks the carrier's route query and records what it answers; returns how many
    /// events were new (0 when it did not need to poll).
    /// </summary>
    Task<int> PollIfQuiet();
}
