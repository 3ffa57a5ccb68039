using OrderActors.Domain.Approvals;
using OrderActors.GrainInterfaces.Approvals;

namespace OrderActors.Grains.Approvals;

internal static class ApprovalRuleMapping
{
    public static ApprovalRule ToDomain(ApprovalRuleView rule) =>
        new(rule.Name, rule.Channel, rule.Warehouse, rule.MinOrderValueFen, rule.Approvers.IsDefault ? [] : rule.Approvers);

    /// <summary>No approvers named means any approver may decide.</summary>
    public static bool Allows(System.Collections.Immutable.ImmutableArray<string> approvers, string approver) =>
        approvers.IsDefaultOrEmpty || approvers.Contains(approver, StringComparer.Ordinal);
}
