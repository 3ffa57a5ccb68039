using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;
using OrderActors.GrainInterfaces;
using OrderActors.GrainInterfaces.Catalog;

namespace OrderActors.Grains.Catalog;

internal sealed partial class SkuGrain(
    [PersistentState("sku", OrleansNames.GrainStorage)] IPersistentState<SkuState> state,
    SkuCatalogStore catalog,
    [FromKeyedServices(OrderActorsTime.Key)] TimeProvider time,
    ILogger<SkuGrain> logger) : Grain, ISkuGrain
{
    public const int MaxWeightGrams = 1_000_000;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Name is { } name)
        {
            // Fills in SKUs defined before the list existed. Best effort: a SKU that cannot reach the list now
            // must still answer orders; its next definition or activation writes the row.
            try
            {
                await catalog.Upsert(this.GetPrimaryKeyString(), name, state.State.DefinedAt);
            }
            catch (Exception ex) when (ex is Npgsql.NpgsqlException or TimeoutException)
            {
                LogListNotUpdated(ex, this.GetPrimaryKeyString());
            }
        }

        await base.OnActivateAsync(cancellationToken);
    }

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

    [LoggerMessage(Level = LogLevel.Warning, Message = "SKU {Sku} could not be written to the SKU list on activation")]
    private partial void LogListNotUpdated(Exception exception, string sku);
}
