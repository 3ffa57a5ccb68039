namespace OrderActors.Domain.Returns;

/// <summary>Why a return command was refused. A normal business answer, not an error.</summary>
public enum ReturnRejection
{
    None = 0,

    /// <summary>The trigger has no meaning in the return's current status.</summary>
    NotAllowedFromStatus = 1,

    /// <summary>The return is closed (QC done or cancelled); its goods and stock no longer move.</summary>
    ReturnClosed = 2,

    /// <summary>QC needs the goods: the return has not been received at a warehouse yet.</summary>
    NotReceived = 3,

    /// <summary>The goods are in a warehouse already: the return can no longer be cancelled or received elsewhere.</summary>
    AlreadyReceived = 4,

    /// <summary>Returns are taken only for orders that shipped (Shipped, Delivered, Completed).</summary>
    OrderNotShipped = 5,

    /// <summary>A returned SKU is not on the order.</summary>
    SkuNotInOrder = 6,

    /// <summary>More units than shipped minus what the order's other returns already claim.</summary>
    ExceedsShipped = 7,

    /// <summary>Lines must be positive quantities, one line per SKU, at least one line.</summary>
    InvalidLines = 8,

    /// <summary>QC must give every returned unit a verdict: passed + failed = returned, per SKU.</summary>
    QuantityMismatch = 9,

    /// <summary>QC was recorded already with other quantities; a QC verdict is final.</summary>
    QcAlreadyRecorded = 10,

    /// <summary>The refund cannot move that way (e.g. out of Refunded or Rejected, or for a cancelled return).</summary>
    RefundNotAllowed = 11,

    /// <summary>The refund amount is missing, not positive, or above the value of the returned goods.</summary>
    InvalidRefundAmount = 12,
}
