namespace OrderActors.GrainInterfaces.Routing;

/// <summary>
/// Places an order in a warehouse and reserves its stock there. Stateless: any activation may
/// serve any order; reservations are idempotent by order id, so a retried allocation is harmless.
/// </summary>
public interface IRouterGrain : IGrainWithIntegerKey
{
    Task<AllocationResult> Allocate(AllocationRequest request);
}
