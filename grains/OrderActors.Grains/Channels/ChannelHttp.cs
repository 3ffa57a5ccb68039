namespace OrderActors.Grains.Channels;

/// <summary>
/// The one HttpClient every platform adapter uses: connection-pooled, with pooled connections
/// recycled so DNS changes of a platform's gateway are picked up.
/// </summary>
internal sealed class ChannelHttp : IDisposable
{
    public HttpClient Client { get; } = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) })
    {
        Timeout = TimeSpan.FromSeconds(30),
    };

    public void Dispose() => Client.Dispose();
}
