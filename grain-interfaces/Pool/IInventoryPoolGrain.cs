using Orleans.Concurrency;

namespace OrderActors.GrainInterfaces.Pool;

/// <summary>
/// The global inventory pool of one SKU, keyed by SKU: what every warehouse can promise. Read-mostly
/// and kept current by the stock cells within a second of any change; the cells stay the authority.
/// </summary>
public interface IInventoryPoolGrain : IGrainWithStringKey
{
    Task<PoolView> Get();

    /// <summary>
    /// The warehouses that may serve a region (province or city: code, Chinese or pinyin name) under
    /// the active rules' service areas, with their availability; null when the region does not resolve.
    /// </summary>
    Task<PoolView?> ServingRegion(string region);

    /// <summary>A stock cell reports its latest state; older reports (lower sequence) are ignored.</summary>
    // OneWay: a lost report is superseded by the cell's next one, and the router re-reads the cell
    // itself whenever a reservation it planned from the pool is refused.
    [OneWay]
    Task Report(PoolCell cell);
}
