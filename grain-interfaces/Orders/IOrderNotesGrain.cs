using System.Collections.Immutable;

namespace OrderActors.GrainInterfaces.Orders;

/// <summary>Order notes in PostgreSQL (<c>order_notes</c>); stateless, any key. The caller checks that the order exists.</summary>
public interface IOrderNotesGrain : IGrainWithIntegerKey
{
    /// <summary>Stores the note (durable when this returns); a repeat of the request id returns the stored note.</summary>
    Task<AddNoteResult> Add(string orderId, string requestId, string text, string? author);

    /// <summary>The order's notes, oldest first.</summary>
    Task<ImmutableArray<OrderNote>> List(string orderId);
}
