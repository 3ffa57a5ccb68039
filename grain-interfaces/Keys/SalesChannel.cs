namespace OrderActors.GrainInterfaces.Keys;

/// <summary>Where an order was sold. The code is the first part of the order id.</summary>
public enum SalesChannel
{
    /// <summary>The seller's own web store; orders arrive through the public API with an idempotency key.</summary>
    Web = 0,
    Taobao = 1,
    Tmall = 2,
    JD = 3,
    Pinduoduo = 4,
    Douyin = 5,
}
