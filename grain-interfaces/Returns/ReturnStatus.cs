namespace OrderActors.GrainInterfaces.Returns;

/// <summary>Status of a return as the contract carries it; mirrors the domain's value for value.</summary>
[GenerateSerializer, Alias("oa.ReturnStatus")]
public enum ReturnStatus
{
    Requested = 0,
    Received = 1,
    QcPassed = 2,
    QcPartlyPassed = 3,
    QcFailed = 4,
    Cancelled = 5,
}
