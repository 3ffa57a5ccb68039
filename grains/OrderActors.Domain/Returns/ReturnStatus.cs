namespace OrderActors.Domain.Returns;

/// <summary>Where a return (逆向物流) stands. Stored and sent as numbers: never renumber.</summary>
public enum ReturnStatus
{
    /// <summary>Asked for (by the marketplace's after-sale or an operator); the goods are on their way back.</summary>
    Requested = 0,

    /// <summary>A warehouse took the parcel in; quality check (质检) is next.</summary>
    Received = 1,

    /// <summary>Every unit passed QC and is back in sellable stock.</summary>
    QcPassed = 2,

    /// <summary>Some units passed (sellable again), the others failed (damaged stock).</summary>
    QcPartlyPassed = 3,

    /// <summary>Every unit failed QC and went to damaged stock.</summary>
    QcFailed = 4,

    /// <summary>Withdrawn before the goods arrived.</summary>
    Cancelled = 5,
}
