namespace OrderActors.GrainInterfaces.Returns;

/// <summary>The refund of a return, tracked apart from the goods; mirrors the domain's value for value.</summary>
[GenerateSerializer, Alias("oa.RefundStatus")]
public enum RefundStatus
{
    None = 0,
    Pending = 1,
    Refunded = 2,
    Rejected = 3,
}
