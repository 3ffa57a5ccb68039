namespace OrderActors.Domain.Returns;

/// <summary>The answer of a return rule: fine (<see cref="ReturnRejection.None"/>) or refused with a reason and a readable detail.</summary>
public readonly record struct ReturnCheck(ReturnRejection Rejection, string? Detail)
{
    public static ReturnCheck Ok { get; } = new(ReturnRejection.None, null);

    public bool IsAllowed => Rejection == ReturnRejection.None;

    public static ReturnCheck Refuse(ReturnRejection why, string detail) => new(why, detail);
}
