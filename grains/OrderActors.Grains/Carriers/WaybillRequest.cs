using OrderActors.GrainInterfaces.Orders;

namespace OrderActors.Grains.Carriers;

/// <summary>What a carrier needs to issue an electronic waybill for one parcel.</summary>
/// <param name="SenderProvince">The warehouse's province (GB/T 2260 code or name).</param>
/// <param name="WeightGrams">Declared weight; carriers bill by it.</param>
internal sealed record WaybillRequest(
    string OrderId,
    string Carrier,
    string Warehouse,
    string SenderProvince,
    string SenderCity,
    ShippingAddress Receiver,
    int Items,
    int WeightGrams);
