using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using OrderActors.ClientApi.OperatorConsole;

namespace OrderActors.ClientApi.Security;

/// <summary>Registers and maps the access layer (docs/security.md).</summary>
public static class SecurityExtensions
{
    public static WebApplicationBuilder AddOrderActorsSecurity(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString("OrderActors")!;
        // As in the silo (silo/Hosting/ServiceConnectionString.cs): no DISCARD ALL per returned connection; nothing here
        // leaves session state behind (the bootstrap's advisory lock is transaction-scoped).
        builder.Services.TryAddSingleton(_ => NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { NoResetOnClose = true }.ConnectionString));
        builder.Services.Configure<AuthOptions>(builder.Configuration.GetSection(AuthOptions.Section));
        builder.Services.AddSingleton<UserStore>();
        builder.Services.AddSingleton<ApiKeyStore>();
        builder.Services.AddSingleton<Passwords>();
        builder.Services.AddSingleton<CallerResolver>();
        builder.Services.AddSingleton<LoginThrottle>();
        builder.Services.AddSingleton<AuditLog>();
        builder.Services.AddHostedService(s => s.GetRequiredService<AuditLog>());
        builder.Services.AddHostedService<AuthBootstrap>();
        return builder;
    }

    /// <summary>Who is calling and whether they may: after routing (it reads the endpoint), before the endpoints run.</summary>
    public static WebApplication UseOrderActorsAccess(this WebApplication app)
    {
        // First, so refusals and redirects of the access layer carry the headers too.
        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<AccessMiddleware>();
        return app;
    }

    public static WebApplication MapSecurityApi(this WebApplication app)
    {
        app.MapLoginApi();
        app.MapUsersApi();
        app.MapApiKeysApi();
        app.MapAuditApi();
        app.MapConsolePage("/console/users", "users.html", Scopes.Admin);
        return app;
    }
}
