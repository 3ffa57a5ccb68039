using Microsoft.Extensions.DependencyInjection;
using System.Collections.Immutable;
using Orleans.Concurrency;
using OrderActors.Domain.Routing;
using OrderActors.GrainInterfaces;
using OrderActors.GrainInterfaces.Catalog;
using OrderActors.GrainInterfaces.Keys;
using OrderActors.GrainInterfaces.Routing;

namespace OrderActors.Grains.Routing;

/// <summary>
/// Rule versions (immutable once saved), which one is active, who activated what, and the
/// network-wide windows. Version 1 is <see cref="RuleSet.Default"/>, created on first use.
/// </summary>
internal sealed class RoutingRulesGrain(
    [PersistentState("routing-rules", OrleansNames.GrainStorage)] IPersistentState<RoutingRulesState> state,
    [FromKeyedServices(OrderActorsTime.Key)] TimeProvider time) : Grain, IRoutingRulesGrain
{
    private static readonly string[] Scopes = ["global", "sku", "channel"];

    private RoutingRulesState S => state.State;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (S.Versions.Count == 0)
        {
            // Not written until something changes: the default is the same on every silo.
            S.Versions.Add(RuleSet.Default.ToContract(DateTimeOffset.UnixEpoch, "system", "default rules"));
            S.ActiveVersion = 1;
        }

        return Task.CompletedTask;
    }

    // ReadOnly: reads of memory; routers call these and need not queue behind each other.
    [ReadOnly]
    Task<RoutingRules> IRoutingRulesGrain.GetActive() => Task.FromResult(S.Versions[S.ActiveVersion - 1]);

    [ReadOnly]
    Task<RoutingRules?> IRoutingRulesGrain.Get(int version) =>
        Task.FromResult(version >= 1 && version <= S.Versions.Count ? S.Versions[version - 1] : null);

    [ReadOnly]
    Task<ImmutableArray<RoutingRules>> IRoutingRulesGrain.List() => Task.FromResult(S.Versions.ToImmutableArray());

    [ReadOnly]
    Task<ImmutableArray<RuleActivation>> IRoutingRulesGrain.Activations() => Task.FromResult(S.Activations.ToImmutableArray());

    [ReadOnly]
    Task<ImmutableArray<NetworkWideWindow>> IRoutingRulesGrain.GetNetworkWide() => Task.FromResult(S.NetworkWide.ToImmutableArray());

    async Task<SaveRulesResult> IRoutingRulesGrain.SaveDraft(RoutingRulesDraft draft, string actor)
    {
        var warehouses = await GrainFactory.GetGrain<IWarehouseDirectoryGrain>(OrleansNames.WarehouseDirectoryKey).List();
        var (rules, problems) = RuleSetMapping.Resolve(
            draft, S.Versions.Count + 1, warehouses.Select(w => w.Code).ToHashSet(StringComparer.Ordinal), time.GetUtcNow(), actor);
        if (rules is null)
        {
            return new SaveRulesResult(null, problems);
        }

        await Change(() => S.Versions.Add(rules));
        return new SaveRulesResult(rules, []);
    }

    async Task<RoutingCommandResult> IRoutingRulesGrain.Activate(int version, string actor, string? note)
    {
        if (version < 1 || version > S.Versions.Count)
        {
            return new RoutingCommandResult(false, $"Rule version {version} does not exist.");
        }

        if (version == S.ActiveVersion)
        {
            return new RoutingCommandResult(true, null);
        }

        var activation = new RuleActivation(version, S.ActiveVersion, time.GetUtcNow(), actor, note);
        await Change(() =>
        {
            S.ActiveVersion = version;
            S.Activations.Add(activation);
        });
        return new RoutingCommandResult(true, null);
    }

    async Task<RoutingCommandResult> IRoutingRulesGrain.SetNetworkWide(ImmutableArray<NetworkWideWindow> windows, string actor)
    {
        foreach (var (w, i) in windows.Select((w, i) => (w, i)))
        {
            if (!Scopes.Contains(w.Scope))
            {
                return new RoutingCommandResult(false, $"windows[{i}].scope: one of {string.Join(", ", Scopes)}.");
            }

            if (w.Scope != "global" && string.IsNullOrWhiteSpace(w.Value))
            {
                return new RoutingCommandResult(false, $"windows[{i}].value: the SKU or channel the window applies to.");
            }

            if (w.Scope == "channel" && !SalesChannels.TryParse(w.Value, out _))
            {
                return new RoutingCommandResult(false, $"windows[{i}].value: unknown channel '{w.Value}'.");
            }

            if (w.End <= w.Start)
            {
                return new RoutingCommandResult(false, $"windows[{i}]: end must be after start.");
            }
        }

        await Change(() => S.NetworkWide = [.. windows]);
        return new RoutingCommandResult(true, null);
    }

    /// <summary>Applies a change and writes it; on a failed write the activation is dropped so memory matches storage.</summary>
    private async Task Change(Action change)
    {
        change();
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
}
