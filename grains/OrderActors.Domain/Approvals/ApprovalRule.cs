using System.Collections.Immutable;

namespace OrderActors.Domain.Approvals;

/// <summary>
/// One approval rule: which orders need an approver to confirm their shipment. Every condition given must
/// hold; a rule with none covers every order. <paramref name="Approvers"/> empty means any approver.
/// </summary>
/// <param name="Channel">Sales channel code ("taobao", "jd", …), or null for any.</param>
/// <param name="Warehouse">Shipping warehouse code, or null for any (for a split order, any of its warehouses).</param>
/// <param name="MinOrderValueFen">The order's goods value at or above which the rule applies, or null.</param>
public sealed record ApprovalRule(string Name, string? Channel, string? Warehouse, long? MinOrderValueFen, ImmutableArray<string> Approvers)
{
    public bool Covers(ApprovalSubject order) =>
        (Channel is null || string.Equals(Channel, order.Channel, StringComparison.OrdinalIgnoreCase))
        && (Warehouse is null || order.Warehouses.Contains(Warehouse, StringComparer.OrdinalIgnoreCase))
        && (MinOrderValueFen is null || order.ValueFen >= MinOrderValueFen);
}
