namespace OrderActors.GrainInterfaces.Routing;

/// <summary>
/// Places orders in warehouses with the active routing rules and logs every decision. Stateless:
/// any activation may serve any order; reservations are idempotent by order id, so a retried
/// allocation is harmless.
/// </summary>
public interface IRouterGrain : IGrainWithIntegerKey
{
    /// <summary>Routes the order, reserves its stock, and answers once the decision is logged durably.</summary>
    Task<AllocationResult> Allocate(AllocationRequest request);

    /// <summary>Routes orders under the active and a draft rule set, reserving nothing.</summary>
    Task<RuleTestResult> Test(RuleTestRequest request);
}
