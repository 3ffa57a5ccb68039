using System.Collections.Immutable;

namespace OrderActors.GrainInterfaces.Returns;

/// <summary>
/// The returns of one order, keyed by order id: numbers them, keeps each request id and platform return id so a
/// repeated request lands on the same return, and checks each new return against the order and the order's other
/// returns one at a time, so two returns at once never claim more units than shipped.
/// </summary>
public interface IOrderReturnsGrain : IGrainWithStringKey
{
    /// <summary>Opens a return (201-like when new; a repeat of the same request returns it unchanged).</summary>
    Task<ReturnCommandResult> Create(CreateReturn request);

    /// <summary>The order's return ids, oldest first.</summary>
    Task<ImmutableArray<string>> ReturnIds();

    /// <summary>A return was cancelled: its units no longer count against the order (idempotent).</summary>
    Task Release(string returnId);
}
