namespace OrderActors.GrainInterfaces.Returns;

/// <summary>The fixed list of return reasons (free text goes beside it); mirrors the domain's value for value.</summary>
[GenerateSerializer, Alias("oa.ReturnReason")]
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
