using OrderActors.GrainInterfaces.Keys;

namespace OrderActors.Grains.Channels;

/// <summary>Finds the adapter for a shop's channel among the registered platforms.</summary>
internal sealed class PlatformAdapters(IEnumerable<IPlatformAdapterProvider> providers)
{
    private readonly IReadOnlyList<IPlatformAdapterProvider> _providers = [.. providers];

    /// <summary>Whether a connector can exist for this channel at all (a platform is registered for it).</summary>
    public bool Serves(SalesChannel channel) => _providers.Any(p => p.Channels.Contains(channel));

    /// <summary>The adapter, or null with the reason (no platform for the channel, or its app not configured here).</summary>
    public IPlatformAdapter? For(SalesChannel channel, out string? problem)
    {
        if (_providers.FirstOrDefault(p => p.Channels.Contains(channel)) is not { } provider)
        {
            problem = $"Channel '{channel.Code()}' has no connector.";
            return null;
        }

        var adapter = provider.Create();
        problem = adapter is null ? $"The {channel.Code()} app ({provider.ConfigurationSection}) is not configured on this silo." : null;
        return adapter;
    }
}
