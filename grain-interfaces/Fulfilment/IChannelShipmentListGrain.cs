using System.Collections.Immutable;

namespace OrderActors.GrainInterfaces.Fulfilment;

/// <summary>Queries over <c>channel_shipments</c> (every write-back's latest state). Stateless; key 0.</summary>
public interface IChannelShipmentListGrain : IGrainWithIntegerKey
{
    /// <summary>Write-backs in <paramref name="status"/>, oldest update first (the ones waiting longest on top), at most <paramref name="limit"/>.</summary>
    Task<ImmutableArray<ChannelShipmentView>> List(ChannelShipmentStatus status, int limit);
}
