namespace OrderActors.Domain.Inventory;

/// <summary>
/// The reservation ledger (预占) of one SKU in one warehouse: on hand, safety stock and the
/// reservations held by order id. Every operation is idempotent by order id and refuses, with a
/// reason, anything that would make stock negative or reserve more than is available.
/// </summary>
/// <remarks>
/// Mutable on purpose: a hot stock cell applies thousands of requests a second and an immutable
/// copy per request would be garbage on the hottest path. It does no I/O; the grain journals every
/// applied change and rebuilds the ledger by replaying the journal through these same methods.
/// </remarks>
public sealed class StockLedger
{
    private readonly Dictionary<string, int> _reservations = new(StringComparer.Ordinal);

    // Orders whose stock left with the shipment; remembered so a repeated deduct is a no-op.
    private readonly HashSet<string> _deducted = new(StringComparer.Ordinal);

    // Returned units by return line (QC passed, QC failed), remembered so a repeated QC call adds nothing.
    private readonly Dictionary<string, int> _restocked = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _damagedByReturn = new(StringComparer.Ordinal);

    public int OnHand { get; private set; }

    public int SafetyStock { get; private set; }

    public int Reserved { get; private set; }

    /// <summary>Returned units that failed QC: counted here, never sellable, never part of on hand.</summary>
    public int Damaged { get; private set; }

    /// <summary>What new orders may still reserve: on hand − reserved − safety stock, never below zero.</summary>
    public int Available => Math.Max(0, OnHand - Reserved - SafetyStock);

    public IReadOnlyDictionary<string, int> Reservations => _reservations;

    /// <summary>Frozen by an operator (stock count, damage, recall): no new reservations.</summary>
    public bool ManuallyFrozen { get; private set; }

    /// <summary>Free stock has reached safety stock: the cell takes no orders until replenished.</summary>
    public bool AtSafetyStock => SafetyStock > 0 && OnHand - Reserved <= SafetyStock;

    /// <summary>The cell takes no new reservations, by an operator's hand or because safety stock is reached.</summary>
    public bool Frozen => ManuallyFrozen || AtSafetyStock;

    public int DeductedOrderCount => _deducted.Count;

    public StockDecision Reserve(string orderId, int quantity)
    {
        ArgumentException.ThrowIfNullOrEmpty(orderId);
        if (quantity <= 0)
        {
            return Refuse(StockRefusal.InvalidQuantity, quantity);
        }

        if (_reservations.TryGetValue(orderId, out var held))
        {
            return held == quantity
                ? new StockDecision(StockOutcome.AlreadyApplied, StockRefusal.None, quantity, Available)
                : Refuse(StockRefusal.ConflictingReservation, held);
        }

        if (_deducted.Contains(orderId))
        {
            return new StockDecision(StockOutcome.AlreadyApplied, StockRefusal.None, quantity, Available);
        }

        if (ManuallyFrozen)
        {
            return Refuse(StockRefusal.Frozen, quantity);
        }

        if (quantity > Available)
        {
            return Refuse(StockRefusal.InsufficientStock, quantity);
        }

        _reservations.Add(orderId, quantity);
        Reserved += quantity;
        return Applied(quantity);
    }

    public StockDecision Release(string orderId)
    {
        ArgumentException.ThrowIfNullOrEmpty(orderId);
        if (_reservations.Remove(orderId, out var held))
        {
            Reserved -= held;
            return Applied(held);
        }

        return _deducted.Contains(orderId)
            ? Refuse(StockRefusal.AlreadyDeducted, 0)
            : new StockDecision(StockOutcome.AlreadyApplied, StockRefusal.None, 0, Available);
    }

    /// <summary>The order shipped: its reserved units leave on-hand stock.</summary>
    public StockDecision Deduct(string orderId)
    {
        ArgumentException.ThrowIfNullOrEmpty(orderId);
        if (_reservations.Remove(orderId, out var held))
        {
            Reserved -= held;
            OnHand -= held;
            _deducted.Add(orderId);
            return Applied(held);
        }

        return _deducted.Contains(orderId)
            ? new StockDecision(StockOutcome.AlreadyApplied, StockRefusal.None, 0, Available)
            : Refuse(StockRefusal.NotReserved, 0);
    }

    /// <summary>Sets the counted stock and the safety stock (absolute values, so a retry is harmless).</summary>
    public StockDecision SetStock(int onHand, int safetyStock)
    {
        if (onHand < 0 || safetyStock < 0)
        {
            return Refuse(StockRefusal.InvalidQuantity, 0);
        }

        if (onHand < Reserved)
        {
            return Refuse(StockRefusal.BelowReserved, Reserved);
        }

        if (onHand == OnHand && safetyStock == SafetyStock)
        {
            return new StockDecision(StockOutcome.AlreadyApplied, StockRefusal.None, onHand, Available);
        }

        OnHand = onHand;
        SafetyStock = safetyStock;
        return Applied(onHand);
    }

    /// <summary>An operator freezes or unfreezes the cell; existing reservations stay.</summary>
    public StockDecision SetFrozen(bool frozen)
    {
        if (ManuallyFrozen == frozen)
        {
            return new StockDecision(StockOutcome.AlreadyApplied, StockRefusal.None, 0, Available);
        }

        ManuallyFrozen = frozen;
        return Applied(0);
    }

    /// <summary>Returned units passed QC: they are on hand (sellable) again. Idempotent by return line.</summary>
    public StockDecision ReturnToStock(string returnLine, int quantity)
    {
        var decision = RecordReturn(_restocked, returnLine, quantity);
        if (decision.Changed)
        {
            OnHand += quantity;
            return Applied(quantity);
        }

        return decision;
    }

    /// <summary>Returned units failed QC: they go to the damaged count, not to on hand. Idempotent by return line.</summary>
    public StockDecision ReturnDamaged(string returnLine, int quantity)
    {
        var decision = RecordReturn(_damagedByReturn, returnLine, quantity);
        if (decision.Changed)
        {
            Damaged += quantity;
        }

        return decision;
    }

    private StockDecision RecordReturn(Dictionary<string, int> seen, string returnLine, int quantity)
    {
        ArgumentException.ThrowIfNullOrEmpty(returnLine);
        if (quantity <= 0)
        {
            return Refuse(StockRefusal.InvalidQuantity, quantity);
        }

        if (seen.TryGetValue(returnLine, out var recorded))
        {
            return recorded == quantity
                ? new StockDecision(StockOutcome.AlreadyApplied, StockRefusal.None, quantity, Available)
                : Refuse(StockRefusal.ConflictingReturn, recorded);
        }

        seen.Add(returnLine, quantity);
        return Applied(quantity);
    }

    private StockDecision Applied(int quantity) => new(StockOutcome.Applied, StockRefusal.None, quantity, Available);

    private StockDecision Refuse(StockRefusal why, int quantity) => new(StockOutcome.Refused, why, quantity, Available);
}
