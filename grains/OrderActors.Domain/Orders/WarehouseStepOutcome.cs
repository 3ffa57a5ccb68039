namespace OrderActors.Domain.Orders;

public enum WarehouseStepOutcome
{
    Apply = 0,

    /// <summary>The order went through this step before (a repeat from the WMS under a new event id).</summary>
    AlreadyDone = 1,
    Refused = 2,
}
