using System.Net.Http.Json;
using OrderActors.Domain.Channels;
using OrderActors.Domain.Channels.Jd;
using OrderActors.Grains.Channels.Jd;
using OrderActors.Simulators;
using OrderActors.Simulators.Jd;

namespace OrderActors.Simulators.Tests;

/// <summary>A JOS simulator on a free 127.0.0.1 port, a session for one shop, and clients that talk to it over real HTTP.</summary>
internal sealed class JdTestBed : SimTestBed<JdSimulatorState>
{
    public const string Shop = "jd-flagship";

    private JdTestBed(Started started)
        : base(started)
    {
    }

    public Uri GatewayUrl => new(Sim.BaseUrl, JdPlatform.GatewayPath);

    public Uri TokenUrl => new(Sim.BaseUrl, JdPlatform.TokenPath);

    public string Token => Session.AccessToken;

    public static async Task<JdTestBed> StartAsync(TimeProvider? time = null) =>
        new(await StartSimulatorAsync(new JdPlatform(), "jd", Shop, time));

    public JosClient Client(string? secret = null, TimeProvider? clientTime = null, string? appKey = null) =>
        new(Http, new JosOptions(GatewayUrl, TokenUrl, appKey ?? State.Options.AppKey, secret ?? State.Options.AppSecret), clientTime ?? Time);

    public JdAdapter Adapter() => new(Client());

    public async Task SeedAsync(IEnumerable<SimJdOrder> orders)
    {
        var response = await Http.PutAsJsonAsync($"sim/jd/shops/{Shop}/orders", orders.ToArray());
        response.EnsureSuccessStatusCode();
    }

    public async Task ChangeAsync(long orderId, SimJdOrderChange change)
    {
        var response = await Http.PostAsJsonAsync($"sim/jd/shops/{Shop}/orders/{orderId}/change", change);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>
    /// A correctly signed gateway call with <paramref name="business"/> as 360buy_param_json, bypassing the
    /// client's own checks, to see what the gateway itself answers.
    /// </summary>
    public async Task<string> RawCallAsync(string method, string business, Action<Dictionary<string, string?>>? tamper = null)
    {
        var parameters = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["method"] = method,
            ["app_key"] = State.Options.AppKey,
            ["access_token"] = Token,
            ["timestamp"] = PlatformTime.FormatChinaTime(Time.GetUtcNow()),
            ["v"] = "2.0",
            ["360buy_param_json"] = business,
        };
        parameters["sign"] = JosSigner.Sign(parameters, State.Options.AppSecret);
        tamper?.Invoke(parameters);
        using var content = new FormUrlEncodedContent(parameters.Select(p => KeyValuePair.Create(p.Key, p.Value ?? string.Empty)));
        using var response = await Http.PostAsync(GatewayUrl, content);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }
}
