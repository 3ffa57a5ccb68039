using System.Collections.Immutable;
using OrderActors.GrainInterfaces.Carriers;

namespace OrderActors.Grains.Carriers;

/// <summary>One carrier's open platform: electronic waybills and the route query. Never retries; callers own retries.</summary>
internal interface ICarrierClient
{
    string Carrier { get; }

    bool IsConfigured { get; }

    /// <summary>Issues the waybill for the order, or returns the one already issued for it (customer order number = order id).</summary>
    Task<IssuedWaybill> RequestWaybillAsync(WaybillRequest request, CancellationToken cancellationToken);

    /// <summary>Every route event the carrier has for the waybill, mapped.</summary>
    Task<ImmutableArray<CarrierTrackingEvent>> QueryRoutesAsync(string waybillNumber, CancellationToken cancellationToken);
}
