namespace OrderActors.Domain.Fulfilment;

/// <summary>Where the write-back of one shipped order to its marketplace stands.</summary>
public enum WriteBackStatus
{
    /// <summary>Stored; being sent, or waiting for the next attempt.</summary>
    Pending = 0,

    /// <summary>The platform took the carrier and waybill (or already had exactly these).</summary>
    Acknowledged = 1,

    /// <summary>The platform refused in a way no retry can fix; an operator has to act, then retry.</summary>
    Failed = 2,

    /// <summary>Nothing to tell: an own-store order whose shop has no connector.</summary>
    NotApplicable = 3,
}
