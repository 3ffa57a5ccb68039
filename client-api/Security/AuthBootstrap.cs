using Microsoft.Extensions.Options;
using Npgsql;

namespace OrderActors.ClientApi.Security;

/// <summary>
/// At start: the configured first admin when there is no user yet, and the API keys named in configuration.
/// Idempotent, and safe when several instances start at once. Never logs a password or key.
/// </summary>
public sealed partial class AuthBootstrap(
    UserStore users, ApiKeyStore keys, Passwords passwords, IOptions<AuthOptions> options, TimeProvider time, ILogger<AuthBootstrap> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // The silo creates the tables (migration 0020); an API started first waits for them.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await Run(cancellationToken);
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable && attempt < 120)
            {
                LogWaiting(attempt);
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Creates the bootstrap admin (only while no user exists) and provisions the configured keys.</summary>
    public async Task Run(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var admin = options.Value.BootstrapAdmin;
        if (!string.IsNullOrWhiteSpace(admin.Name))
        {
            var name = admin.Name.Trim().ToLowerInvariant();
            if (!UsersApi.NamePattern().IsMatch(name) || Passwords.Problem(admin.Password) is not null)
            {
                throw new InvalidOperationException(
                    $"{AuthOptions.Section}:BootstrapAdmin needs a Name (lower-case letters, digits, . _ -) and a Password of at least {Passwords.MinLength} characters.");
            }

            if (await users.CreateFirst(name, passwords.Hash(admin.Password!), now, ct))
            {
                LogAdminCreated(name);
            }
        }

        foreach (var (name, key) in options.Value.ApiKeys)
        {
            var scopes = (key.Scopes ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (!UsersApi.NamePattern().IsMatch(name) || key.Key is not { Length: >= 24 } || scopes.Length == 0 || scopes.Any(s => !Scopes.All.Contains(s)))
            {
                throw new InvalidOperationException(
                    $"{AuthOptions.Section}:ApiKeys:{name} needs a Key of at least 24 characters and Scopes, a comma separated list of: {string.Join(", ", Scopes.All)}.");
            }

            await keys.Provision(name, key.Key, scopes, now, ct);
            LogKeyProvisioned(name, string.Join(",", scopes));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Waiting for the access tables (attempt {Attempt}); the silo creates them")]
    private partial void LogWaiting(int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Created the bootstrap admin {Name}; sign in and create personal accounts")]
    private partial void LogAdminCreated(string name);

    [LoggerMessage(Level = LogLevel.Information, Message = "API key {Name} provisioned from configuration with scopes {Scopes}")]
    private partial void LogKeyProvisioned(string name, string scopes);
}
