namespace OrderActors.Grains.Carriers;

internal sealed record IssuedWaybill(string Carrier, string WaybillNumber);
