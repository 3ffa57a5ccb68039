using System.Collections.Immutable;
using System.Globalization;
using OrderActors.Domain.Returns;
using OrderActors.GrainInterfaces;
using OrderActors.GrainInterfaces.Orders;
using OrderActors.GrainInterfaces.Returns;

namespace OrderActors.Grains.Returns;

/// <summary>
/// The returns of one order. Not reentrant on purpose: one new return at a time per order, so the check
/// "shipped minus already returned" cannot be raced by a second return. The claim is durable before the
/// return grain is opened; a repeated request finds it and opens (or re-reads) the same return.
/// </summary>
internal sealed class OrderReturnsGrain(
    [PersistentState("order-returns", OrleansNames.GrainStorage)] IPersistentState<OrderReturnsState> state) : Grain, IOrderReturnsGrain
{
    private List<ReturnClaim> Claims => state.State.Returns;

    private string OrderId => this.GetPrimaryKeyString();

    async Task<ReturnCommandResult> IOrderReturnsGrain.Create(CreateReturn request)
    {
        var fingerprint = Fingerprint(request);
        var known = Claims.FirstOrDefault(c => c.RequestId == request.RequestId)
            ?? (request.PlatformReturnId is null ? null : Claims.FirstOrDefault(c => c.PlatformReturnId == request.PlatformReturnId));
        if (known is not null)
        {
            if (known.Fingerprint != fingerprint)
            {
                return new ReturnCommandResult(false, "IdempotencyConflict",
                    $"Return {Key(known)} was requested before with other content under this request id or platform return id.", null);
            }

            var replay = await Return(known).Open(Opening(request, known), known.GoodsValueFen);
            return replay with { Applied = false };
        }

        var requested = request.Lines.Select(l => new ReturnUnits(l.Sku, l.Quantity)).ToList();
        var order = await GrainFactory.GetGrain<IOrderGrain>(OrderId).Get();
        if (order is null)
        {
            return new ReturnCommandResult(false, "UnknownOrder", $"Order '{OrderId}' was not found.", null);
        }

        var check = ReturnRequestRules.Check(
            (Domain.Orders.OrderStatus)(int)order.Status,
            order.Lines.Select(l => new ReturnUnits(l.Sku, l.Quantity)),
            Claims.Where(c => !c.Released).SelectMany(c => c.Lines).Select(l => new ReturnUnits(l.Sku, l.Quantity)),
            requested);
        if (!check.IsAllowed)
        {
            return new ReturnCommandResult(false, check.Rejection.ToString(), check.Detail, null);
        }

        // The ceiling of a refund: the returned units at the order's unit price (the highest, if a SKU is on two lines).
        var value = request.Lines.Sum(l => l.Quantity * order.Lines.Where(o => o.Sku == l.Sku).Max(o => o.UnitPriceFen));
        var claim = new ReturnClaim(Claims.Count + 1, request.RequestId, request.PlatformReturnId, fingerprint, request.Lines, value, false);
        Claims.Add(claim);
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            DeactivateOnIdle();
            throw;
        }

        return await Return(claim).Open(Opening(request, claim), value);
    }

    Task<ImmutableArray<string>> IOrderReturnsGrain.ReturnIds() => Task.FromResult(Claims.Select(Key).ToImmutableArray());

    async Task IOrderReturnsGrain.Release(string returnId)
    {
        var index = Claims.FindIndex(c => Key(c) == returnId);
        if (index < 0 || Claims[index].Released)
        {
            return;
        }

        Claims[index] = Claims[index] with { Released = true };
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            DeactivateOnIdle();
            throw;
        }
    }

    /// <summary>The request as first recorded: a repeat under the platform return id keeps the original request id.</summary>
    private static CreateReturn Opening(CreateReturn request, ReturnClaim claim) => request with { RequestId = claim.RequestId };

    private IReturnGrain Return(ReturnClaim claim) => GrainFactory.GetGrain<IReturnGrain>(Key(claim));

    private string Key(ReturnClaim claim) => new ReturnId(OrderId, claim.Number).ToString();

    /// <summary>What makes two requests the same return (who sent it does not).</summary>
    private static string Fingerprint(CreateReturn r) => string.Join('|',
        r.Source, r.PlatformReturnId, r.Reason, r.ReasonText,
        string.Join(',', r.Lines.OrderBy(l => l.Sku, StringComparer.Ordinal).Select(l => $"{l.Sku}x{l.Quantity.ToString(CultureInfo.InvariantCulture)}")));
}
