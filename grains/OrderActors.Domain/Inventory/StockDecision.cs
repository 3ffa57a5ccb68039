namespace OrderActors.Domain.Inventory;

/// <summary>The ledger's answer to one request, with the availability it left behind.</summary>
public readonly record struct StockDecision(StockOutcome Outcome, StockRefusal Refusal, int Quantity, int AvailableAfter)
{
    public bool Succeeded => Outcome != StockOutcome.Refused;

    /// <summary>True when the ledger changed and the change must be journalled.</summary>
    public bool Changed => Outcome == StockOutcome.Applied;

    public string Describe() => Refusal switch
    {
        StockRefusal.None => Outcome.ToString(),
        StockRefusal.InsufficientStock => $"Insufficient stock: {Quantity} requested, {AvailableAfter} available above safety stock.",
        StockRefusal.InvalidQuantity => "Quantities must be positive and stock levels must not be negative.",
        StockRefusal.ConflictingReservation => $"The order already reserved {Quantity} here; release it before reserving a different quantity.",
        StockRefusal.NotReserved => "The order holds no reservation in this stock cell.",
        StockRefusal.AlreadyDeducted => "The order's stock has already been deducted for shipment.",
        StockRefusal.BelowReserved => $"On hand cannot drop below the {Quantity} units reserved by open orders.",
        StockRefusal.ConflictingReturn => $"The return line was booked here before with {Quantity} units; a QC verdict is final.",
        StockRefusal.Frozen => "The stock cell is frozen by an operator and takes no new reservations.",
        _ => Refusal.ToString(),
    };
}
