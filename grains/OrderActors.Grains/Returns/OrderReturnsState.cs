namespace OrderActors.Grains.Returns;

/// <summary>What an order's returns grain persists: one claim per return ever opened for the order.</summary>
[GenerateSerializer, Alias("oa.state.OrderReturns")]
internal sealed class OrderReturnsState
{
    [Id(0)] public List<ReturnClaim> Returns { get; set; } = [];
}
