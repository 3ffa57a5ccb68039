using Microsoft.Extensions.Options;
using OrderActors.Grains.Channels.Taobao;

namespace OrderActors.Grains.Channels;

/// <summary>Hands connectors a TOP client over one shared, connection-pooled HttpClient.</summary>
internal sealed class TopClientFactory(IOptions<TaobaoOptions> options, TimeProvider time) : IDisposable
{
    // Pooled connections are recycled so DNS changes of the platform's gateway are picked up.
    private readonly HttpClient _http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) })
    {
        Timeout = TimeSpan.FromSeconds(30),
    };

    /// <summary>A client, or null when the Taobao app is not configured on this silo.</summary>
    public TopClient? Create()
    {
        var o = options.Value;
        return o.IsConfigured ? new TopClient(_http, new TopOptions(o.GatewayUrl!, o.TokenUrl!, o.AppKey!, o.AppSecret!, o.SignMethod), time) : null;
    }

    public void Dispose() => _http.Dispose();
}
