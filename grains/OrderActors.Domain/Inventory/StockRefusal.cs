namespace OrderActors.Domain.Inventory;

public enum StockRefusal
{
    None = 0,

    /// <summary>Not enough stock above safety stock for the requested quantity.</summary>
    InsufficientStock = 1,

    /// <summary>Quantities must be positive (and stock levels not negative).</summary>
    InvalidQuantity = 2,

    /// <summary>The order already holds a reservation here with a different quantity.</summary>
    ConflictingReservation = 3,

    /// <summary>The order holds no reservation in this cell.</summary>
    NotReserved = 4,

    /// <summary>The order's stock already left with its shipment.</summary>
    AlreadyDeducted = 5,

    /// <summary>On hand may not drop below what is reserved: release or re-route those orders first.</summary>
    BelowReserved = 6,

    /// <summary>An operator froze the cell: it takes no new reservations until unfrozen.</summary>
    Frozen = 7,

    /// <summary>The return line was booked here before with a different quantity; a QC verdict is final.</summary>
    ConflictingReturn = 8,
}
