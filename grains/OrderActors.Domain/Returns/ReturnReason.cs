namespace OrderActors.Domain.Returns;

/// <summary>Why the buyer sends goods back: a fixed list for reports, with free text beside it. Stored as numbers: never renumber.</summary>
public enum ReturnReason
{
    /// <summary>七天无理由: no reason needed within seven days of receipt.</summary>
    NoReason = 0,
    NotAsDescribed = 1,
    QualityProblem = 2,
    DamagedInTransit = 3,
    WrongItem = 4,
    MissingParts = 5,
    SizeOrFit = 6,
    Other = 7,
}
