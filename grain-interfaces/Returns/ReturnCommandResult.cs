namespace OrderActors.GrainInterfaces.Returns;

/// <summary>The answer to a return command.</summary>
/// <param name="Applied">True when the return changed now; false for a repeat or a refusal.</param>
/// <param name="Rejection">Reason code when refused (see the domain's ReturnRejection, plus UnknownOrder, UnknownWarehouse, IdempotencyConflict).</param>
/// <param name="Return">The return after the command; null when it does not exist.</param>
[GenerateSerializer, Immutable, Alias("oa.ReturnCommandResult")]
public sealed record ReturnCommandResult(
    [property: Id(0)] bool Applied,
    [property: Id(1)] string? Rejection,
    [property: Id(2)] string? Detail,
    [property: Id(3)] ReturnView? Return)
{
    public bool Refused => Rejection is not null;
}
