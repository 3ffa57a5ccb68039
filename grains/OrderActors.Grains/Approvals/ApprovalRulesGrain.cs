using System.Collections.Immutable;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Concurrency;
using OrderActors.Domain.Approvals;
using OrderActors.GrainInterfaces;
using OrderActors.GrainInterfaces.Approvals;

namespace OrderActors.Grains.Approvals;

/// <summary>The approval rules in force. Orders ask for them when their shipment is verified, which is rare next to everything else.</summary>
internal sealed class ApprovalRulesGrain(
    [PersistentState("approval-rules", OrleansNames.GrainStorage)] IPersistentState<ApprovalRulesState> state,
    [FromKeyedServices(OrderActorsTime.Key)] TimeProvider time) : Grain, IApprovalRulesGrain
{
    private static readonly ApprovalRules None = new(0, [], null, null, null);

    // ReadOnly: a read of memory; orders shipping at once need not queue behind each other.
    [ReadOnly]
    Task<ApprovalRules> IApprovalRulesGrain.Get() => Task.FromResult(state.State.Current ?? None);

    async Task<ApprovalRulesResult> IApprovalRulesGrain.Replace(ImmutableArray<ApprovalRuleView> rules, string actor, string reason)
    {
        var current = state.State.Current ?? None;
        var normalized = rules.IsDefault ? [] : rules.Select(Normalize).ToImmutableArray();
        var errors = ApprovalPolicy.Validate(normalized.Select(ApprovalRuleMapping.ToDomain).ToList());
        if (errors.Count > 0)
        {
            return new ApprovalRulesResult(current, [.. errors], false);
        }

        if (current.Rules.Select(Render).SequenceEqual(normalized.Select(Render), StringComparer.Ordinal))
        {
            return new ApprovalRulesResult(current, [], false);
        }

        state.State.Current = new ApprovalRules(current.Version + 1, normalized, time.GetUtcNow(), actor, reason);
        await state.WriteStateAsync();
        return new ApprovalRulesResult(state.State.Current, [], true);
    }

    private static ApprovalRuleView Normalize(ApprovalRuleView rule) => rule with
    {
        Name = rule.Name?.Trim() ?? "",
        Channel = string.IsNullOrWhiteSpace(rule.Channel) ? null : rule.Channel.Trim().ToLowerInvariant(),
        Warehouse = string.IsNullOrWhiteSpace(rule.Warehouse) ? null : rule.Warehouse.Trim(),
        Approvers = rule.Approvers.IsDefault ? [] : rule.Approvers,
    };

    private static string Render(ApprovalRuleView rule) =>
        $"{rule.Name}|{rule.Channel}|{rule.Warehouse}|{rule.MinOrderValueFen}|{string.Join(",", rule.Approvers)}";
}
