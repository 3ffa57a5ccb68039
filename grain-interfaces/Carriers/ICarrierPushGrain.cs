namespace OrderActors.GrainInterfaces.Carriers;

/// <summary>
/// Where carrier pushes are verified and applied (a stateless worker; key "default"): checks the signature
/// with the secret only the silos hold, validates every event of the push before applying any, and hands
/// each waybill's events to its parcel grain. Answers only once every event is durable.
/// </summary>
public interface ICarrierPushGrain : IGrainWithStringKey
{
    /// <summary>An SF route push: <c>{"Body":{"WaybillRoute":[…]}}</c>, signed with the partner's check word.</summary>
    Task<CarrierPushReceipt> ReceiveSfRoutes(CarrierPush push);

    /// <summary>An aggregator snapshot: one waybill's full event list, signed with the subscription salt.</summary>
    Task<CarrierPushReceipt> ReceiveSnapshot(CarrierPush push);
}
