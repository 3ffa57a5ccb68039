using System.Collections.Immutable;

namespace OrderActors.GrainInterfaces.Approvals;

/// <summary>The approval rules in force, first match wins; versioned, with who changed them and why.</summary>
[GenerateSerializer, Immutable, Alias("oa.ApprovalRules")]
public sealed record ApprovalRules(
    [property: Id(0)] int Version,
    [property: Id(1)] ImmutableArray<ApprovalRuleView> Rules,
    [property: Id(2)] DateTimeOffset? ChangedAt,
    [property: Id(3)] string? ChangedBy,
    [property: Id(4)] string? Reason);
