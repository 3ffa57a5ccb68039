using Orleans.Concurrency;

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

    /// <summary>
    /// The shop's webhook secret in clear (own web store shops), for the shop's webhook inbox to verify
    /// pushed orders with; null when the shop is not connected, has no webhook secret, or its stored
    /// secrets cannot be decrypted on this silo. Called inside the cluster only: no API exposes it.
    /// </summary>
    // Interleaves with everything, a long pull included: it only reads the decrypted connection held in memory, with no await.
    [AlwaysInterleave]
    Task<string?> GetWebhookSecret();
}
