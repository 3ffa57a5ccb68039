using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using OrderActors.Grains.Alerts;
using OrderActors.Grains.Inventory;
using OrderActors.Grains.Channels;
using OrderActors.Grains.Storage;

namespace OrderActors.Grains;

public static class GrainsServiceCollectionExtensions
{
    /// <summary>The services the grains need besides Orleans: the database, the stock journal, the read model, the clock, options, alerting.</summary>
    public static IServiceCollection AddOrderActorsGrainServices(this IServiceCollection services, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddKeyedSingleton(OrderActorsTime.Key, TimeProvider.System);
        services.TryAddSingleton(_ => new NpgsqlDataSourceBuilder(connectionString) { Name = "orderactors" }.Build());
        services.TryAddSingleton<IStockJournal, PostgresStockJournal>();
        services.TryAddSingleton<DatabaseMigrator>();
        services.TryAddSingleton<ReadModel.ReadModelStore>();
        services.TryAddSingleton<Approvals.ApprovalStore>();
        services.TryAddSingleton<Returns.ReturnStore>();
        services.AddOptions<Orders.OrderOptions>();
        services.AddOptions<ReconcilerOptions>();
        services.AddOrderActorsChannels();
        services.AddOrderActorsAlerts();
        return services;
    }
}
