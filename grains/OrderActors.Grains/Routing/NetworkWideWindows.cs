using OrderActors.GrainInterfaces.Routing;

namespace OrderActors.Grains.Routing;

/// <summary>Whether a network-wide fulfilment window is open for an order right now.</summary>
internal static class NetworkWideWindows
{
    public static bool AnyOpen(IEnumerable<NetworkWideWindow> windows, DateTimeOffset now, string? channel, IEnumerable<string> skus) =>
        windows.Any(w => w.Start <= now && now < w.End && w.Scope switch
        {
            "global" => true,
            "sku" => skus.Contains(w.Value, StringComparer.Ordinal),
            "channel" => string.Equals(channel, w.Value, StringComparison.OrdinalIgnoreCase),
            _ => false,
        });
}
