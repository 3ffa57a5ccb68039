using OrderActors.GrainInterfaces.Fulfilment;
using OrderActors.GrainInterfaces.Orders;

namespace OrderActors.Grains.Fulfilment;

/// <summary>
/// Takes a checked event to its order; <see cref="IOrderGrain.RecordWarehouseEvent"/> decides. An unknown order
/// or one allocated to another warehouse is the sender's mistake (answered, not kept); any other refusal
/// (not allocated yet, cancelled, out of order) is kept for review. Shared by the inbox and review retries.
/// Exceptions (the order grain unreachable) go to the caller, which answers "retry".
/// </summary>
internal static class WmsOrderStep
{
    public static async Task<WmsStepResult> Apply(IGrainFactory grains, string orderId, WarehouseEvent e)
    {
        var result = await grains.GetGrain<IOrderGrain>(orderId).RecordWarehouseEvent(e);
        var status = result.Order?.Status;
        return result.Rejection switch
        {
            null => new(result.Applied ? WmsOutcome.Applied : WmsOutcome.Unchanged, null, result.Detail, status),
            nameof(WmsOutcome.UnknownOrder) => new(WmsOutcome.UnknownOrder, result.Rejection, result.Detail, null),
            nameof(WmsOutcome.WrongWarehouse) => new(WmsOutcome.WrongWarehouse, result.Rejection, result.Detail, status),
            _ => new(WmsOutcome.Review, result.Rejection, result.Detail ?? result.Rejection, status),
        };
    }
}
