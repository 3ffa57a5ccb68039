namespace OrderActors.GrainInterfaces.Inventory;

/// <summary>
/// Stock of one SKU in one warehouse, keyed <c>{sku}@{warehouse}</c> (see <see cref="Keys.StockCellKey"/>).
/// Reservations are held by order id; every call is idempotent by order id; stock never goes
/// negative and is never reserved beyond what is available. A successful answer means durable.
/// </summary>
public interface IStockCellGrain : IGrainWithStringKey
{
    /// <summary>Reserves <paramref name="quantity"/> units for the order (预占).</summary>
    Task<StockResult> Reserve(string orderId, int quantity);

    /// <summary>Gives the order's reservation back (cancel, re-route, payment timeout).</summary>
    Task<StockResult> Release(string orderId);

    /// <summary>The order shipped: its reserved units leave on-hand stock.</summary>
    Task<StockResult> Deduct(string orderId);

    /// <summary>Sets counted on-hand stock and safety stock (absolute values). Refused below what is reserved.</summary>
    Task<StockResult> SetStock(int onHand, int safetyStock);

    /// <summary>An operator freezes or unfreezes the cell (recorded with who and why); reservations held stay.</summary>
    Task<StockResult> SetFrozen(bool frozen, string actor, string reason);

    /// <summary>
    /// Returned units passed QC: <paramref name="quantity"/> units are added to on-hand stock (sellable at once).
    /// Idempotent by <paramref name="returnLine"/> (return id and SKU); the same line with another quantity is refused.
    /// </summary>
    Task<StockResult> ReturnToStock(string returnLine, int quantity);

    /// <summary>Returned units failed QC: they are added to the damaged count (never available). Idempotent by return line.</summary>
    Task<StockResult> ReturnDamaged(string returnLine, int quantity);

    /// <summary>The reservations the cell holds, for the reconciler and operators.</summary>
    Task<System.Collections.Immutable.ImmutableArray<OpenReservation>> OpenReservations();

    Task<StockCellView> Get();
}
