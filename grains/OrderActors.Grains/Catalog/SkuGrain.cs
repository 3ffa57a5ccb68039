using Microsoft.Extensions.DependencyInjection;
using Orleans.Concurrency;
using OrderActors.GrainInterfaces;
using OrderActors.GrainInterfaces.Catalog;

namespace OrderActors.Grains.Catalog;

internal sealed class SkuGrain(
    [PersistentState("sku", OrleansNames.GrainStorage)] IPersistentState<SkuState> state,
    SkuCatalogStore catalog,
    [FromKeyedServices(OrderActorsTime.Key)] TimeProvider time) : Grain, ISkuGrain
{
    public const int MaxWeightGrams = 1_000_000;

    async Task<SkuView> ISkuGrain.Define(string name, int weightGrams)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(weightGrams);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(weightGrams, MaxWeightGrams);
        if (state.State.Name != name || state.State.WeightGrams != weightGrams)
        {
            state.State.Name = name;
            state.State.WeightGrams = weightGrams;
            if (state.State.DefinedAt == default)
            {
                state.State.DefinedAt = time.GetUtcNow();
            }

            try
            {
                await state.WriteStateAsync();
            }
            catch
            {
                // Memory is ahead of storage now; the next call must reload what is stored.
                DeactivateOnIdle();
                throw;
            }
        }

        // Also when nothing changed: a retry after a failed list write repairs the list.
        await catalog.Upsert(this.GetPrimaryKeyString(), name, state.State.DefinedAt);
        return View()!;
    }

    // ReadOnly: answers from memory without changing state, so it may interleave with a Define.
    [ReadOnly]
    Task<SkuView?> ISkuGrain.Get() => Task.FromResult(View());

    private SkuView? View() =>
        state.State.Name is { } name
            ? new SkuView(this.GetPrimaryKeyString(), name, state.State.DefinedAt, state.State.WeightGrams > 0 ? state.State.WeightGrams : SkuView.DefaultWeightGrams)
            : null;
}
