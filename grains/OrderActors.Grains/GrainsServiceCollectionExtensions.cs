using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using OrderActors.Grains.Alerts;
using OrderActors.Grains.Carriers;
using OrderActors.Grains.Inventory;
using OrderActors.Grains.Channels;
using OrderActors.Grains.Fulfilment;
using OrderActors.Grains.Storage;
using OrderActors.Grains.Tracking;

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
        services.TryAddSingleton<StockJournalWriter>();
        services.TryAddSingleton<IStockJournal, PostgresStockJournal>();
        services.TryAddSingleton<DatabaseMigrator>();
        services.TryAddSingleton<ReadModel.ReadModelStore>();
        services.TryAddSingleton<Analytics.OrderFlowStore>();
        services.TryAddSingleton<Catalog.SkuCatalogStore>();
        services.TryAddSingleton<ShopRegistry>();
        services.TryAddSingleton<Approvals.ApprovalStore>();
        services.TryAddSingleton<Returns.ReturnStore>();
        services.TryAddSingleton<Orders.OrderSearchStore>();
        services.TryAddSingleton<Orders.OrderNoteStore>();
        services.TryAddSingleton<Orders.OrderStateStore>();
        services.AddOptions<Orders.OrderOptions>();
        services.AddOptions<ReconcilerOptions>();
        services.AddOrderActorsChannels();
        services.AddOrderActorsAlerts();
        services.AddOrderActorsCarriers();
        services.TryAddSingleton<Fulfilment.ChannelShipmentStore>();
        services.AddOptions<Fulfilment.ChannelShipmentOptions>().BindConfiguration(Fulfilment.ChannelShipmentOptions.Section);
        services.AddOrderActorsTracking();
        services.AddOrderActorsWms();
        return services;
    }
}
