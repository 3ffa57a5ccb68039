namespace OrderActors.Domain.Orders;

/// <summary>Which warehouse steps an order has been through.</summary>
public readonly record struct WarehouseProgress(bool Picked, bool Packed, bool Scanned)
{
    public bool Has(WarehouseStep step) => step switch
    {
        WarehouseStep.Picked => Picked,
        WarehouseStep.Packed => Packed,
        _ => Scanned,
    };
}
