using OrderActors.GrainInterfaces.Approvals;

namespace OrderActors.Grains.Approvals;

[GenerateSerializer, Alias("oa.state.ApprovalRules")]
internal sealed class ApprovalRulesState
{
    /// <summary>Null until an operator first sets rules: no rule, no approval needed.</summary>
    [Id(0)] public ApprovalRules? Current { get; set; }
}
