namespace OrderActors.Domain.Channels;

/// <summary>Where a platform's refund or after-sale process stands, in one vocabulary for every platform.</summary>
public enum PlatformRefundState
{
    /// <summary>A code the mapping does not know; the raw code is kept.</summary>
    Unknown = 0,

    /// <summary>No refund, or the refund request was closed or withdrawn.</summary>
    None = 1,

    /// <summary>A refund or after-sale request is being handled.</summary>
    InProgress = 2,

    /// <summary>The money has gone back to the buyer.</summary>
    Refunded = 3,
}
