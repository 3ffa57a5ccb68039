using System.Collections.Immutable;
using Orleans.Concurrency;
using OrderActors.GrainInterfaces.Orders;

namespace OrderActors.Grains.Orders;

[StatelessWorker]
internal sealed class OrderNotesGrain(OrderNoteStore store) : Grain, IOrderNotesGrain
{
    Task<AddNoteResult> IOrderNotesGrain.Add(string orderId, string requestId, string text, string? author) => store.Add(orderId, requestId, text, author);

    Task<ImmutableArray<OrderNote>> IOrderNotesGrain.List(string orderId) => store.List(orderId);
}
