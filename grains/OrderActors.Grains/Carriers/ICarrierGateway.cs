namespace OrderActors.Grains.Carriers;

/// <summary>
/// The carriers' electronic waybill (电子面单) APIs behind one call. The order grain asks for a
/// waybill when the warehouse reports the parcel packed. The request carries the order id as the
/// carrier's customer order number, so asking twice for one order yields the same waybill.
/// </summary>
internal interface ICarrierGateway
{
    /// <summary>Carrier codes this silo can call ("SF", "ZTO", "YUNDA").</summary>
    IReadOnlyCollection<string> Carriers { get; }

    /// <summary>The carrier of a warehouse that names none.</summary>
    string DefaultCarrier { get; }

    /// <summary>Issues (or returns the already issued) waybill; throws <see cref="CarrierCallException"/> when the carrier refuses or fails.</summary>
    Task<IssuedWaybill> RequestWaybillAsync(WaybillRequest request, CancellationToken cancellationToken);
}
