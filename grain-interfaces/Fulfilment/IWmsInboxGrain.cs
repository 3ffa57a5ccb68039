namespace OrderActors.GrainInterfaces.Fulfilment;

/// <summary>
/// One warehouse's WMS webhook, keyed by the warehouse code. Per event: verify the signature with the
/// warehouse's secret (configuration <c>OrderActors:Wms:Warehouses:{code}:Secret</c>), read and check
/// the event, answer a repeat from the events already recorded (<c>wms_events</c>), check the order is
/// this warehouse's, apply it with <see cref="Orders.IOrderGrain.RecordWarehouseEvent"/>, and record the
/// outcome in PostgreSQL before answering. An event the order refuses is recorded too, and kept for
/// review (<see cref="IWmsReviewsGrain"/>). Refusals before the order (signature, body, unknown order,
/// wrong warehouse) are not recorded, so a corrected event can be sent under the same id.
/// </summary>
public interface IWmsInboxGrain : IGrainWithStringKey
{
    /// <summary>Verifies, reads and applies one event; never throws for anything the WMS sent.</summary>
    Task<WmsReceipt> Receive(WmsDelivery delivery);
}
