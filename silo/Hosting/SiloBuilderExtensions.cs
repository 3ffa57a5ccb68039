using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Storage;
using Orleans.Streams;
using OrderActors.GrainInterfaces;
using OrderActors.GrainInterfaces.Inventory;
using OrderActors.GrainInterfaces.Tracking;

namespace OrderActors.Silo.Hosting;

public static class SiloBuilderExtensions
{
    /// <summary>ADO.NET invariant name of the Npgsql provider.</summary>
    public const string Invariant = "Npgsql";

    /// <summary>
    /// Everything a silo of this service needs except clustering: grain storage and reminders on
    /// PostgreSQL, the order status stream. Shared by the host and the test cluster.
    /// </summary>
    public static ISiloBuilder AddOrderActorsRuntime(this ISiloBuilder silo, string connectionString)
    {
        silo.AddAdoNetGrainStorage(OrleansNames.GrainStorage, StorageOptions(connectionString));
        silo.UseAdoNetReminderService(o =>
        {
            o.Invariant = Invariant;
            o.ConnectionString = connectionString;
        });

        // Tracking grains subscribe implicitly, so the stream needs no pub-sub rendezvous state:
        // the default mode would write a PubSubRendezvousGrain row to PostgreSQL for every order.
        silo.AddMemoryStreams(OrleansNames.StreamProvider, streams => streams.ConfigureStreamPubSub(StreamPubSubType.ImplicitOnly));

        // Past the configured share of memory, Orleans deactivates the least recently used grains instead of letting the
        // silo run out: the safety net behind the order and tracking grains' short collection age, in a sale bigger than planned.
        silo.Configure<GrainCollectionOptions>(o => o.EnableActivationSheddingOnMemoryPressure = true);

        // The reservation reconciler and the tracking check sweep run on reminders; every silo makes sure they are scheduled.
        silo.AddStartupTask((services, _) =>
            services.GetRequiredService<IGrainFactory>().GetGrain<IReservationReconcilerGrain>(OrleansNames.ReconcilerKey).EnsureScheduled());
        silo.AddStartupTask((services, _) =>
            services.GetRequiredService<IGrainFactory>().GetGrain<ITrackingSweepGrain>(OrleansNames.TrackingSweepKey).EnsureScheduled());
        return silo;
    }

    private static Action<OptionsBuilder<AdoNetGrainStorageOptions>> StorageOptions(string connectionString) =>
        options => options.Configure<Orleans.Serialization.Serializer>((o, serializer) =>
        {
            o.Invariant = Invariant;
            o.ConnectionString = connectionString;

            // Orleans' own version-tolerant format: state types carry [GenerateSerializer] and stable [Id]s.
            o.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer);
        });
}
