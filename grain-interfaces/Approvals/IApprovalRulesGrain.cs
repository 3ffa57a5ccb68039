using System.Collections.Immutable;

namespace OrderActors.GrainInterfaces.Approvals;

/// <summary>The approval rules (one grain, key <see cref="OrleansNames.ApprovalRulesKey"/>). Orders read them when their shipment is verified.</summary>
public interface IApprovalRulesGrain : IGrainWithStringKey
{
    Task<ApprovalRules> Get();

    /// <summary>Replaces the rule list; refused (with the errors) when a rule is invalid. The same list again changes nothing.</summary>
    Task<ApprovalRulesResult> Replace(ImmutableArray<ApprovalRuleView> rules, string actor, string reason);
}
