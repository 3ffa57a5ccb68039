namespace OrderActors.Domain.Fulfilment;

/// <summary>The open platforms a shipment is written back to; Taobao and Tmall share TOP.</summary>
public enum ShipPlatform
{
    Taobao = 0,
    Jd = 1,
    Pinduoduo = 2,
    Douyin = 3,
    WebStore = 4,
}
