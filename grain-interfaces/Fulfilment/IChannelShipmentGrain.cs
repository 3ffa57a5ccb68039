using Orleans.Concurrency;

namespace OrderActors.GrainInterfaces.Fulfilment;

/// <summary>
/// Write-back of one shipped order to its marketplace, keyed by order id: stores the notice, then
/// calls the platform's ship call through the shop's connector until the platform acknowledges it.
/// </summary>
public interface IChannelShipmentGrain : IGrainWithStringKey
{
    /// <summary>Records the notice durably and starts sending it; a repeat of the same notice changes nothing.</summary>
    Task Request(ShipmentNotice notice);

    /// <summary>The write-back's state; null when no shipment was requested for the order.</summary>
    // Interleaves with a ship call in flight (which may wait on the connector for minutes): it only reads the state held in memory, with no await.
    [AlwaysInterleave]
    Task<ChannelShipmentView?> Get();

    /// <summary>Sends a failed write-back again, after someone fixed the cause (on the platform, or the shop's authorization).</summary>
    Task<ShipmentRetryOutcome> Retry();
}
