namespace OrderActors.Domain.Channels;

/// <summary>
/// Where a marketplace says an order is, in one vocabulary for every platform. The platform's own
/// code is kept beside it (<see cref="PlatformStatus"/>), so nothing is lost when a code is new.
/// </summary>
public enum PlatformOrderState
{
    /// <summary>A code the mapping does not know. Never guessed: the raw code is kept for a person to read.</summary>
    Unknown = 0,

    /// <summary>Created, not paid yet (including payment being confirmed).</summary>
    AwaitingPayment = 1,

    /// <summary>Paid; the seller has not shipped anything yet.</summary>
    Paid = 2,

    /// <summary>Some lines have left, others have not.</summary>
    PartiallyShipped = 3,

    /// <summary>Everything has left the seller; the buyer has not confirmed receipt.</summary>
    Shipped = 4,

    /// <summary>The buyer or the carrier confirmed receipt; the trade is not closed yet.</summary>
    Delivered = 5,

    /// <summary>The trade is finished successfully.</summary>
    Completed = 6,

    /// <summary>Cancelled or closed before it was paid, or cancelled by the platform.</summary>
    Cancelled = 7,

    /// <summary>Closed after payment because the money went back (full refund).</summary>
    Closed = 8,

    /// <summary>The platform holds the order (locked, paused): do not ship until it is released.</summary>
    OnHold = 9,

    /// <summary>An after-sale or refund request is open on the order.</summary>
    RefundRequested = 10,

    /// <summary>The refund has been paid out.</summary>
    Refunded = 11,
}
