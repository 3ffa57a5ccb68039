namespace OrderActors.GrainInterfaces.Fulfilment;

/// <summary>
/// Write-back of one shipped order to its marketplace, keyed by order id: stores the notice, then
/// calls the platform's ship call through the shop's connector until the platform acknowledges it.
/// </summary>
public interface IChannelShipmentGrain : IGrainWithStringKey
{
    /// <summary>Records the notice durably and starts sending it; a repeat of the same notice changes nothing.</summary>
    Task Request(ShipmentNotice notice);
}
