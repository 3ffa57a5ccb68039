using Microsoft.Extensions.Logging;

namespace OrderActors.Grains.Channels;

internal sealed partial class ChannelConnectorGrain
{
    /// <summary>
    /// Puts the shop on the list of shops (idempotent). On configuration the answer waits for it, so a shop the
    /// API confirmed is listed; on activation it only fills in shops connected before the list existed, and a
    /// failure must not stop the connector from pulling.
    /// </summary>
    private async Task RegisterShop(bool bestEffort)
    {
        var parts = this.GetPrimaryKeyString().Split(':', 2);
        try
        {
            await shops.Register(parts[0], parts[1], S.ConnectedAt ?? time.GetUtcNow());
        }
        catch (Exception ex) when (bestEffort && ex is Npgsql.NpgsqlException or TimeoutException)
        {
            LogNotRegistered(ex, this.GetPrimaryKeyString());
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connector {Connector}: could not put the shop on the shop list")]
    private partial void LogNotRegistered(Exception exception, string connector);
}
