namespace OrderActors.GrainInterfaces.Approvals;

[GenerateSerializer, Alias("oa.ApprovalStatus")]
public enum ApprovalStatus
{
    Pending = 0,
    Approved = 1,
    Rejected = 2,
}
