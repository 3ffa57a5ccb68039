using Microsoft.Extensions.Diagnostics.HealthChecks;
using Orleans.Configuration;
using Orleans.Dashboard;
using OrderActors.Grains;
using OrderActors.Grains.Inventory;
using OrderActors.Grains.Orders;
using OpenTelemetry.Metrics;
using OrderActors.Silo.Health;

namespace OrderActors.Silo.Hosting;

public static class SiloHostExtensions
{
    /// <summary>The silo process: migrations, Orleans with ADO.NET clustering on PostgreSQL, health checks.</summary>
    public static WebApplicationBuilder AddOrderActorsSilo(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString("OrderActors");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                "No database: set ConnectionStrings__OrderActors (e.g. Host=127.0.0.1;Port=5432;Database=orderactors;Username=orderactors).");
        }

        connectionString = ServiceConnectionString.Tune(connectionString);

        var options = builder.Configuration.GetSection(OrderActorsSiloOptions.Section).Get<OrderActorsSiloOptions>() ?? new();
        builder.Services.AddOrderActorsGrainServices(connectionString);
        builder.Services.Configure<OrderOptions>(builder.Configuration.GetSection(OrderOptions.Section));
        builder.Services.Configure<ReconcilerOptions>(builder.Configuration.GetSection(ReconcilerOptions.Section));

        // Before UseOrleans: hosted services start in registration order.
        builder.Services.AddHostedService<DatabaseMigrationService>();

        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = options.ClusterId;
                o.ServiceId = options.ServiceId;
            });
            silo.ConfigureEndpoints(System.Net.IPAddress.Parse(options.AdvertisedAddress), options.SiloPort, options.GatewayPort, listenOnAnyHostAddress: false);
            silo.UseAdoNetClustering(o =>
            {
                o.Invariant = SiloBuilderExtensions.Invariant;
                o.ConnectionString = connectionString;
            });
            silo.AddOrderActorsRuntime(connectionString);
            // Collects what the dashboard shows; its pages are served by client-api at /dashboard, behind sign-in.
            silo.AddDashboard();
        });

        // Metrics for Prometheus at /metrics: ours (orders, reservations, routing, journal batches), Orleans', runtime, HTTP.
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter($"{OrderActorsMetrics.MeterPrefix}.*", "Microsoft.Orleans")
            .AddRuntimeInstrumentation()
            .AddAspNetCoreInstrumentation()
            .AddPrometheusExporter());

        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("postgresql", tags: ["ready"])
            .AddCheck<SiloMembershipHealthCheck>("silo", tags: ["ready"]);
        return builder;
    }

    public static WebApplication MapOrderActorsSiloEndpoints(this WebApplication app)
    {
        // Liveness: the process answers. Readiness: database reachable and this silo active in the cluster.
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new() { Predicate = c => c.Tags.Contains("ready"), ResultStatusCodes = { [HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable } });
        app.MapPrometheusScrapingEndpoint("/metrics");
        // No dashboard here: it is on client-api behind sign-in (docs/security.md), so the silo's port shows nothing but health and metrics.
        app.MapGet("/", () => Results.Redirect("/health/ready")).ExcludeFromDescription();
        return app;
    }
}
