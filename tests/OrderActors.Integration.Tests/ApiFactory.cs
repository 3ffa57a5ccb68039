using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using OrderActors.ClientApi.Security;

namespace OrderActors.Integration.Tests;

/// <summary>
/// The client API, hosted in process, joined to the cluster through the membership table. Its clients carry an
/// API key with every scope (provisioned through configuration, as a deployment does), so tests act as a trusted
/// integration; access tests make their own callers.
/// </summary>
public sealed class ApiFactory(string connectionString, string clusterId) : WebApplicationFactory<Program>
{
    /// <summary>The key tests send; any long random string works, it only has to match what the API was given.</summary>
    public const string AllScopesKey = "oa_tests_7f3c1e9a5b2d4c6e8f0a1b3c5d7e9f21";

    public const string AllScopesKeyName = "tests";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:OrderActors", connectionString);
        builder.UseSetting("OrderActors:Cluster:ClusterId", clusterId);
        builder.UseSetting("OrderActors:Demo:Enabled", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting($"OrderActors:Auth:ApiKeys:{AllScopesKeyName}:Key", AllScopesKey);
        builder.UseSetting($"OrderActors:Auth:ApiKeys:{AllScopesKeyName}:Scopes", string.Join(',', Scopes.All));
        // Every test signs in from 127.0.0.1; the per-address limit is for the internet, the per-user one is tested.
        builder.UseSetting("OrderActors:Auth:LoginAttemptsPerAddress", "100000");
    }

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Add(CallerResolver.ApiKeyHeader, AllScopesKey);
    }

    /// <summary>A client with no credentials and no automatic redirects, cookies kept: a browser before sign-in.</summary>
    public HttpClient CreateAnonymousClient() =>
        CreateDefaultClient(new Uri("http://localhost"));
}
