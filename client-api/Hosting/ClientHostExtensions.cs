using System.Text.Json.Serialization;
using OpenTelemetry.Metrics;
using Orleans.Configuration;
using Orleans.Dashboard;
using OrderActors.ClientApi.Demo;
using OrderActors.ClientApi.Security;

namespace OrderActors.ClientApi.Hosting;

public static class ClientHostExtensions
{
    /// <summary>The API process: an Orleans client of the cluster, JSON and problem details, OpenAPI, demo traffic.</summary>
    public static WebApplicationBuilder AddOrderActorsClient(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString("OrderActors");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                "No database: set ConnectionStrings__OrderActors; the API finds the silos through the membership table in PostgreSQL.");
        }

        var cluster = builder.Configuration.GetSection(ClusterClientOptions.Section).Get<ClusterClientOptions>() ?? new();
        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = cluster.ClusterId;
                o.ServiceId = cluster.ServiceId;
            });
            client.UseAdoNetClustering(o =>
            {
                o.Invariant = "Npgsql";
                o.ConnectionString = connectionString;
            });
            client.UseConnectionRetryFilter(new RetryUntilClusterIsUp());
            // The dashboard's pages are served here, behind sign-in; the silos collect its data (silo.AddDashboard()).
            client.AddDashboard();
        });

        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ClusterUnavailableHandler>();
        builder.Services.AddOpenApi();
        builder.Services.AddHealthChecks();
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter("Microsoft.Orleans")
            .AddRuntimeInstrumentation()
            .AddAspNetCoreInstrumentation()
            .AddPrometheusExporter());
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.Configure<DemoOptions>(builder.Configuration.GetSection(DemoOptions.Section));
        builder.Services.AddHostedService<DemoTrafficService>();
        return builder;
    }

    public static WebApplication UseOrderActorsApi(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        // The API's shape is for those who may call it (docs/security.md).
        app.MapOpenApi().RequireScope(Scopes.Read);
        app.MapHealthChecks("/health/live").PublicAccess("liveness probe: answers that the process runs, nothing else");
        app.MapPrometheusScrapingEndpoint("/metrics").PublicAccess("operational counters, no business data; keep it on the internal network (docs/security.md)");
        app.MapOrleansDashboard("/dashboard").RequireScope(Scopes.Dashboard);
        app.MapGet("/", () => Results.Redirect("/console/")).PublicAccess("a redirect to the console").ExcludeFromDescription();
        return app;
    }
}
