namespace OrderActors.GrainInterfaces.Channels;

/// <summary>
/// One shop's connector, keyed <c>{channel}:{shop}</c>: pulls the shop's orders incrementally on a
/// reminder (and on demand), resumes from its checkpoint, refreshes its token, backs off when throttled.
/// </summary>
public interface IChannelConnectorGrain : IGrainWithStringKey
{
    /// <summary>Stores the shop's authorization and schedule; null, or what is wrong.</summary>
    Task<string?> Configure(ShopConnection connection);

    /// <summary>Pulls now (also what the reminder calls).</summary>
    Task<PullReport> PullNow();

    Task<ConnectorHealth> GetHealth();
}
