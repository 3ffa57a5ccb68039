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

    /// <summary>Pulls now (also what the reminder calls). A backlog can take minutes, hence the long timeout.</summary>
    [ResponseTimeout("00:10:00")]
    Task<PullReport> PullNow();

    Task<ConnectorHealth> GetHealth();

    /// <summary>
    /// Compares, per platform day from <paramref name="from"/> to <paramref name="to"/> (China time,
    /// inclusive), the orders the platform lists as created and paid with what the system received,
    /// re-pulls the windows of the missing ones, and stores and returns the result. Also run weekly.
    /// </summary>
    [ResponseTimeout("00:30:00")]
    Task<ShopReconciliation> Reconcile(DateOnly from, DateOnly to);

    /// <summary>
    /// The shop's webhook secret in clear (own web store shops), for the shop's webhook inbox to verify
    /// pushed orders with; null when the shop is not connected, has no webhook secret, or its stored
    /// secrets cannot be decrypted on this silo. Called inside the cluster only: no API exposes it.
    /// </summary>
    // Interleaves with everything, a long pull included: it only reads the decrypted connection held in memory, with no await.
    [AlwaysInterleave]
    Task<string?> GetWebhookSecret();

    /// <summary>
    /// Tells the platform that one of the shop's orders shipped (its "ship" call) with the shop's token,
    /// the connector's retries, token refresh and throttling backoff; never while the shop's circuit is
    /// open. Waits behind a pull in progress, hence the long timeout.
    /// </summary>
    [ResponseTimeout("00:10:00")]
    Task<ShipmentCallResult> ConfirmShipment(ShipmentConfirmation shipment);
}
