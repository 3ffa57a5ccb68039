using System.Collections.Immutable;

namespace OrderActors.GrainInterfaces.Approvals;

/// <summary>Reads the approvals queue from PostgreSQL (stateless; any key).</summary>
public interface IApprovalQueueGrain : IGrainWithIntegerKey
{
    /// <summary>Approvals in one status (pending first of all), oldest request first.</summary>
    Task<ImmutableArray<PendingApproval>> List(ApprovalStatus status, string? warehouse, int limit);
}
