namespace OrderActors.Domain.Orders;

/// <summary>What a warehouse event does to an order: apply it, ignore a repeat, or refuse it with a reason.</summary>
public readonly record struct WarehouseStepDecision(WarehouseStepOutcome Outcome, string? Reason, string? Detail)
{
    public static WarehouseStepDecision Apply { get; } = new(WarehouseStepOutcome.Apply, null, null);

    public static WarehouseStepDecision AlreadyDone { get; } = new(WarehouseStepOutcome.AlreadyDone, null, null);

    public static WarehouseStepDecision Refuse(string reason, string detail) => new(WarehouseStepOutcome.Refused, reason, detail);
}
