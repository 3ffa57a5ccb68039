using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using OrderActors.ClientApi.Security;
using OrderActors.Grains.Storage;
using OrderActors.Testing;

namespace OrderActors.Integration.Tests.Security;

public sealed class BootstrapTests
{
    [Fact]
    public async Task Instances_starting_together_create_the_first_admin_once_and_later_starts_change_nothing()
    {
        await using var database = await TestDatabase.Create();
        await using var dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        await new DatabaseMigrator(dataSource, NullLogger<DatabaseMigrator>.Instance).Migrate(CancellationToken.None);
        var passwords = new Passwords();

        AuthBootstrap Instance(string admin) => new(
            new UserStore(dataSource), new ApiKeyStore(dataSource), passwords,
            Options.Create(new AuthOptions
            {
                BootstrapAdmin = { Name = admin, Password = "first admin password" },
                ApiKeys = { ["loadtest"] = new AuthOptions.ConfiguredApiKey { Key = "oa_loadtest_0123456789abcdef0123", Scopes = "read, orders:write" } },
            }),
            TimeProvider.System, NullLogger<AuthBootstrap>.Instance);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Instance("root").StartAsync(CancellationToken.None)));
        var hash = await database.Scalar<string>("select password_hash from auth_users where name = 'root'");
        await Instance("root").StartAsync(CancellationToken.None);
        await Instance("another").StartAsync(CancellationToken.None);

        Assert.Equal(1L, await database.Scalar<long>("select count(*) from auth_users"));
        Assert.Equal("admin", await database.Scalar<string>("select role from auth_users where name = 'root'"));
        Assert.Equal(hash, await database.Scalar<string>("select password_hash from auth_users where name = 'root'"));
        Assert.DoesNotContain("first admin password", hash, StringComparison.Ordinal);
        Assert.Equal(1L, await database.Scalar<long>("select count(*) from auth_api_keys where name = 'loadtest' and scopes = array['read','orders:write']"));
        var key = await new ApiKeyStore(dataSource).Use(Secrets.Sha256("oa_loadtest_0123456789abcdef0123"), DateTimeOffset.UtcNow, CancellationToken.None);
        Assert.Equal("loadtest", key?.Name);
    }
}
