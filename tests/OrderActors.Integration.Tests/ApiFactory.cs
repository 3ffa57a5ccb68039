using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace OrderActors.Integration.Tests;

/// <summary>The client API, hosted in process, joined to the cluster through the membership table.</summary>
public sealed class ApiFactory(string connectionString, string clusterId) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:OrderActors", connectionString);
        builder.UseSetting("OrderActors:Cluster:ClusterId", clusterId);
        builder.UseSetting("OrderActors:Demo:Enabled", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }
}
