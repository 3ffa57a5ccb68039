using OrderActors.GrainInterfaces.Keys;

namespace OrderActors.Grains.Channels;

/// <summary>Makes the adapter for one platform from the silo's configuration of that platform's app.</summary>
internal interface IPlatformAdapterProvider
{
    /// <summary>The sales channels this platform serves (Taobao's TOP serves taobao and tmall shops).</summary>
    IReadOnlyCollection<SalesChannel> Channels { get; }

    /// <summary>Where the app is configured, for the message when it is not.</summary>
    string ConfigurationSection { get; }

    /// <summary>An adapter, or null when the platform's app is not configured on this silo.</summary>
    IPlatformAdapter? Create();
}
