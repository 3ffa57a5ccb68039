using System.Collections.Immutable;

namespace OrderActors.GrainInterfaces.Returns;

/// <summary>
/// One return (逆向物流), keyed by its <see cref="ReturnId"/>. Opened through the order's
/// <see cref="IOrderReturnsGrain"/>, which checks it against the order. Every step records who and when; every
/// command is idempotent; a refused command says why; a successful answer means durable.
/// </summary>
public interface IReturnGrain : IGrainWithStringKey
{
    /// <summary>Records the return (called by <see cref="IOrderReturnsGrain"/> only); a repeat answers the stored return.</summary>
    // AlwaysInterleave: the order's returns grain calls this while it holds its own turn, and a Cancel of this
    // return may be waiting on that grain; interleaving breaks the cycle. Safe: Open writes state only when the
    // return does not exist yet, and no other command touches a return that does not exist.
    [Orleans.Concurrency.AlwaysInterleave]
    Task<ReturnCommandResult> Open(CreateReturn request, long goodsValueFen);

    /// <summary>The return, or null when none was opened under this id.</summary>
    Task<ReturnView?> Get();

    /// <summary>A warehouse took the parcel in.</summary>
    Task<ReturnCommandResult> Receive(string warehouse, string actor);

    /// <summary>
    /// The QC verdict, per SKU: passed units back into sellable stock at the receiving warehouse, failed units into its
    /// damaged count. Answers once the verdict and the stock changes are durable; the same verdict again changes nothing.
    /// </summary>
    Task<ReturnCommandResult> RecordQc(ImmutableArray<QcLine> lines, string actor, string? note);

    /// <summary>Moves the refund (Pending, Refunded, Rejected) with its amount in fen.</summary>
    Task<ReturnCommandResult> SetRefund(RefundStatus status, long amountFen, string actor);

    /// <summary>Withdraws the return before the goods arrived; its units can be returned again.</summary>
    Task<ReturnCommandResult> Cancel(string actor, string? reason);
}
