using OrderActors.GrainInterfaces.Channels;

namespace OrderActors.Grains.Channels;

internal sealed partial class ChannelConnectorGrain
{
    private Task OnReconciled(ShopReconciliation result) => Task.CompletedTask;
}
