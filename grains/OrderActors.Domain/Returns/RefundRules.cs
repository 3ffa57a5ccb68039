using System.Collections.Frozen;

namespace OrderActors.Domain.Returns;

/// <summary>
/// The refund's own small lifecycle, apart from the goods: None → Pending → Refunded or Rejected (or straight
/// from None when the platform already decided). Refunded and Rejected are final. An amount in fen goes with
/// Pending and Refunded, positive and at most the value of the returned goods. A cancelled return takes no
/// refund, only the rejection of one that was pending.
/// </summary>
public static class RefundRules
{
    private static readonly FrozenSet<(RefundStatus From, RefundStatus To)> Allowed = new HashSet<(RefundStatus, RefundStatus)>
    {
        (RefundStatus.None, RefundStatus.Pending),
        (RefundStatus.None, RefundStatus.Refunded),
        (RefundStatus.None, RefundStatus.Rejected),
        (RefundStatus.Pending, RefundStatus.Pending),
        (RefundStatus.Pending, RefundStatus.Refunded),
        (RefundStatus.Pending, RefundStatus.Rejected),
    }.ToFrozenSet();

    public static IEnumerable<(RefundStatus From, RefundStatus To)> AllowedTransitions => Allowed;

    public static RefundDecision Decide(ReturnStatus returnStatus, RefundStatus current, long currentFen, RefundStatus target, long amountFen, long goodsValueFen)
    {
        var carriesAmount = target is RefundStatus.Pending or RefundStatus.Refunded;
        if (target == current && (!carriesAmount || amountFen == currentFen))
        {
            return new RefundDecision(false, ReturnCheck.Ok);
        }

        if (!Allowed.Contains((current, target)))
        {
            return Refuse(ReturnRejection.RefundNotAllowed, $"The refund is {current}; it cannot become {target}.");
        }

        if (returnStatus == ReturnStatus.Cancelled && target != RefundStatus.Rejected)
        {
            return Refuse(ReturnRejection.RefundNotAllowed, "The return was cancelled; a refund can only be rejected.");
        }

        if (carriesAmount && (amountFen <= 0 || amountFen > goodsValueFen))
        {
            return Refuse(ReturnRejection.InvalidRefundAmount, $"A {target} refund needs an amount of 1 to {goodsValueFen} fen (the value of the returned goods); got {amountFen}.");
        }

        return new RefundDecision(true, ReturnCheck.Ok);
    }

    private static RefundDecision Refuse(ReturnRejection why, string detail) => new(false, ReturnCheck.Refuse(why, detail));
}
