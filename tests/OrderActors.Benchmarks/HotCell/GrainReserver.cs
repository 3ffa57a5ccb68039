using OrderActors.Benchmarks.Infrastructure;
using OrderActors.GrainInterfaces.Inventory;

namespace OrderActors.Benchmarks.HotCell;

/// <summary>Reserves through the stock cell grain; an answer means the reservation is in the journal, committed.</summary>
internal sealed class GrainReserver(IStockCellGrain cell) : IReserver
{
    public async Task<bool> Reserve(string orderId)
    {
        var result = await cell.Reserve(orderId, 1);
        return result.Change switch
        {
            StockChange.Applied => true,
            StockChange.Refused when result.Reason == "InsufficientStock" => false,

            // Every order id is new, so anything else is a bug worth failing the run for.
            _ => throw new InvalidOperationException($"Unexpected answer {result.Change} {result.Reason} for new order {orderId}."),
        };
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
