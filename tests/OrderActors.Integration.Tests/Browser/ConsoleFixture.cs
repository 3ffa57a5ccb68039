extern alias sims;

using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using OrderActors.Grains.Channels;
using OrderActors.Testing;
using sims::OrderActors.Simulators;
using sims::OrderActors.Simulators.Top;

namespace OrderActors.Integration.Tests.Browser;

/// <summary>
/// The whole system for the browser tests: PostgreSQL, one silo, and the client API on a real port, so headless
/// Chromium reaches the console exactly as an operator's browser does. Seeded like <see cref="SystemFixture"/>.
/// Taobao shops pull from the marketplace simulator (<see cref="Marketplace"/>), so "Pull now" really pulls.
/// </summary>
public sealed class ConsoleFixture : IAsyncLifetime
{
    private ApiFactory _api = null!;
    private SimulatorHost _sims = null!;

    public TestDatabase Database { get; private set; } = null!;

    public SiloHost Silo { get; private set; } = null!;

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The API as an integration with every scope, for arranging what the pages then show.</summary>
    public HttpClient Http { get; private set; } = null!;

    /// <summary>The Taobao simulator's admin API: sessions (sim/top/sessions) and trades (sim/top/shops/{shop}/trades).</summary>
    public HttpClient Marketplace { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.Create();
        _sims = await SimulatorHost.StartAsync(FreePort.Next(), TimeProvider.System, new TopPlatform());
        Marketplace = new HttpClient { BaseAddress = _sims.BaseUrl };
        var clusterId = $"console-{Guid.NewGuid():N}";
        Silo = await SiloHost.Start(Database.ConnectionString, clusterId, services =>
            services.PostConfigure<TaobaoOptions>(o =>
            {
                (o.GatewayUrl, o.TokenUrl) = (new Uri(_sims.BaseUrl, TopPlatform.GatewayPath), new Uri(_sims.BaseUrl, TopPlatform.TokenPath));
                (o.AppKey, o.AppSecret) = ("sim-app", "sim-secret");
            }));
        var port = FreePort.Next();
        _api = new ApiFactory(Database.ConnectionString, clusterId);
        _api.UseKestrel(port);
        _api.StartServer();
        BaseUrl = new Uri($"http://127.0.0.1:{port}/");
        Http = _api.CreateClient();
        Http.BaseAddress = BaseUrl;
        await SystemFixture.Seed(Http);
    }

    /// <summary>
    /// A new browser (its own cookies), signed in through the login form as a new user with <paramref name="role"/>
    /// (customer-service, approver, operator, admin), created through the admin API.
    /// </summary>
    public async Task<ConsoleBrowser> SignedIn(string role)
    {
        var (name, password) = await NewUser(role);
        var browser = ConsoleBrowser.Start(BaseUrl);
        try
        {
            browser.SignIn(name, password);
        }
        catch
        {
            browser.Dispose();
            throw;
        }

        return browser;
    }

    /// <summary>Creates a user with the role; returns its name and password.</summary>
    public async Task<(string Name, string Password)> NewUser(string role)
    {
        var name = $"{role}-{Guid.NewGuid():N}"[..30];
        var password = $"pw-{Guid.NewGuid():N}";
        (await Http.PostAsJsonAsync("/api/users", new { name, displayName = $"Test {role}", role, password })).EnsureSuccessStatusCode();
        return (name, password);
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        Marketplace.Dispose();
        await _api.DisposeAsync();
        await Silo.DisposeAsync();
        await _sims.DisposeAsync();
        await Database.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class ConsoleCollection : ICollectionFixture<ConsoleFixture>
{
    public const string Name = "console";
}
