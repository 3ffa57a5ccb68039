using System.Collections.Immutable;

namespace OrderActors.GrainInterfaces.Approvals;

[GenerateSerializer, Immutable, Alias("oa.ApprovalRulesResult")]
public sealed record ApprovalRulesResult([property: Id(0)] ApprovalRules Rules, [property: Id(1)] ImmutableArray<string> Errors, [property: Id(2)] bool Changed);
