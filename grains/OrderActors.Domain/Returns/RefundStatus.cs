namespace OrderActors.Domain.Returns;

/// <summary>The money side of a return, tracked apart from the goods. Stored as numbers: never renumber.</summary>
public enum RefundStatus
{
    None = 0,
    Pending = 1,
    Refunded = 2,
    Rejected = 3,
}
