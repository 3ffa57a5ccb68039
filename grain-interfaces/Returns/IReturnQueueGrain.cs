using System.Collections.Immutable;

namespace OrderActors.GrainInterfaces.Returns;

/// <summary>Reads the returns queue from PostgreSQL (stateless; any key).</summary>
public interface IReturnQueueGrain : IGrainWithIntegerKey
{
    /// <summary>Returns matching every filter given, oldest request first.</summary>
    Task<ImmutableArray<ReturnSummary>> List(ReturnStatus? status, string? warehouse, string? orderId, int limit);
}
