namespace OrderActors.Domain.Returns;

/// <summary>What a refund update does: changes the refund, changes nothing (a repeat), or is refused.</summary>
public readonly record struct RefundDecision(bool Changed, ReturnCheck Check)
{
    public bool IsAllowed => Check.IsAllowed;
}
