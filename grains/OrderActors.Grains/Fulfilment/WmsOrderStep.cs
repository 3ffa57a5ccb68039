using OrderActors.GrainInterfaces.Fulfilment;
using OrderActors.GrainInterfaces.Orders;

namespace OrderActors.Grains.Fulfilment;

/// <summary>
/// Takes a checked event to its order: the order must exist and be allocated to the sending warehouse
/// (an order not allocated yet is the order grain's to refuse, so that event is kept for review), then
/// <see cref="IOrderGrain.RecordWarehouseEvent"/> decides. Shared by the inbox and review retries.
/// Exceptions (the order grain unreachable) go to the caller, which answers "retry".
/// </summary>
internal static class WmsOrderStep
{
    public static async Task<WmsStepResult> Apply(IGrainFactory grains, string orderId, WarehouseEvent e)
    {
        var order = grains.GetGrain<IOrderGrain>(orderId);
        var view = await order.Get();
        if (view is null)
        {
            return new(WmsOutcome.UnknownOrder, nameof(WmsOutcome.UnknownOrder), $"There is no order {orderId}.", null);
        }

        if (view.Warehouse is { } allocated && !allocated.Split('+').Contains(e.Warehouse, StringComparer.Ordinal))
        {
            return new(WmsOutcome.WrongWarehouse, nameof(WmsOutcome.WrongWarehouse),
                $"Order {orderId} is allocated to {allocated}, not to {e.Warehouse}.", view.Status);
        }

        var result = await order.RecordWarehouseEvent(e);
        if (result.Refused)
        {
            return new(WmsOutcome.Review, result.Rejection, result.Detail ?? result.Rejection, result.Order?.Status ?? view.Status);
        }

        return new(result.Applied ? WmsOutcome.Applied : WmsOutcome.Unchanged, null, result.Detail, result.Order?.Status ?? view.Status);
    }
}
