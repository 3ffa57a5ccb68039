namespace OrderActors.GrainInterfaces.Orders;

/// <summary>The answer to a command on an existing order.</summary>
/// <param name="Applied">True when the order changed now; false for a retry of something already done, or a refusal.</param>
/// <param name="Rejection">Reason code when the command was refused; null otherwise.</param>
[GenerateSerializer, Immutable, Alias("oa.OrderCommandResult")]
public sealed record OrderCommandResult(
    [property: Id(0)] bool Applied,
    [property: Id(1)] string? Rejection,
    [property: Id(2)] string? Detail,
    [property: Id(3)] OrderView? Order)
{
    public bool Refused => Rejection is not null;
}
