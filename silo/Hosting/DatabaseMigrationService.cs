using OrderActors.Grains.Storage;

namespace OrderActors.Silo.Hosting;

/// <summary>
/// Brings the schema up to date before the silo joins the cluster: registered ahead of Orleans,
/// and hosted services start one after another, so membership tables exist when Orleans needs them.
/// </summary>
internal sealed class DatabaseMigrationService(DatabaseMigrator migrator) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => migrator.Migrate(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
