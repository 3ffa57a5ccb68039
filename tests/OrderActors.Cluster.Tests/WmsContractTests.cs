using Microsoft.Extensions.DependencyInjection;
using OrderActors.GrainInterfaces.Channels;
using OrderActors.GrainInterfaces.Fulfilment;
using OrderActors.GrainInterfaces.Orders;
using Orleans.Serialization;

namespace OrderActors.Cluster.Tests;

/// <summary>The WMS webhook's messages round-trip through the Orleans serializer.</summary>
public sealed class WmsContractTests
{
    private static readonly Serializer Serializer = new ServiceCollection()
        .AddSerializer(b => b.AddAssembly(typeof(IWmsInboxGrain).Assembly))
        .BuildServiceProvider()
        .GetRequiredService<Serializer>();

    private static readonly DateTimeOffset At = new(2026, 11, 11, 9, 30, 12, TimeSpan.FromHours(8));

    public static TheoryData<object> Messages() => new()
    {
        new WmsDelivery("1794367815", new string('a', 64), new byte[] { 123, 125 }),
        new WmsDelivery(null, null, ReadOnlyMemory<byte>.Empty),
        new WmsReceipt(WmsOutcome.Review, true, "OrderClosed", "The order is Cancelled.", "evt-1", "web:s:1", OrderStatus.Cancelled, 42, []),
        new WmsReceipt(WmsOutcome.InvalidEvent, false, "InvalidEvent", "see errors", null, "web:s:1", null, null, [new WebhookFieldError("type", "unknown type")]),
        new WmsReview(7, "SH1", "evt-1", "web:s:1", WarehouseEventKind.OutboundScan, At, "scanner-1", "OrderClosed", "closed", At, 2, At, At, "ops", "applied", "paid now", "RF-1", "stockout-at-pick"),
        new WmsReviewResult(WmsReviewOutcome.StillRefused, null, "NotAllocated", "not yet"),
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public void Wms_messages_round_trip(object message)
    {
        var copy = Serializer.Deserialize<object>(Serializer.SerializeToArray(message))!;

        Assert.Equal(message.GetType(), copy.GetType());
        Assert.Equal(Render(message), Render(copy));
    }

    // Records compare collections by reference, so compare a rendering that expands them.
    private static string Render(object value) => System.Text.Json.JsonSerializer.Serialize(value, value.GetType());
}
