using System.Collections.Immutable;

namespace OrderActors.Domain.Approvals;

/// <summary>What approval rules look at in an order.</summary>
public sealed record ApprovalSubject(string Channel, ImmutableArray<string> Warehouses, long ValueFen);
