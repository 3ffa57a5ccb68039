namespace OrderActors.GrainInterfaces.Fulfilment;

/// <summary>What a warehouse (WMS) reports about an order's parcel, in the order it happens.</summary>
[GenerateSerializer, Alias("oa.WarehouseEventKind")]
public enum WarehouseEventKind
{
    /// <summary>Picking finished (拣货完成).</summary>
    Picked = 0,

    /// <summary>Packed (打包完成); the OMS requests the electronic waybill from the carrier now.</summary>
    Packed = 1,

    /// <summary>The parcel was scanned out of the warehouse (扫码出库).</summary>
    OutboundScan = 2,
}
