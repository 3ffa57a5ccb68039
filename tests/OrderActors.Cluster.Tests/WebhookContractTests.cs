using System.Collections.Immutable;
using Microsoft.Extensions.DependencyInjection;
using OrderActors.GrainInterfaces.Channels;
using OrderActors.Grains.Channels.WebStore;
using Orleans.Serialization;

namespace OrderActors.Cluster.Tests;

/// <summary>The web store webhook's messages and inbox state round-trip through the Orleans serializer (wire and storage).</summary>
public sealed class WebhookContractTests
{
    private static readonly Serializer Serializer = new ServiceCollection()
        .AddSerializer(b => b.AddAssembly(typeof(IWebStoreInboxGrain).Assembly).AddAssembly(typeof(WebStoreInboxState).Assembly))
        .BuildServiceProvider()
        .GetRequiredService<Serializer>();

    private static readonly DateTimeOffset At = new(2026, 11, 11, 0, 0, 1, TimeSpan.FromHours(8));

    public static TheoryData<object> Messages() => new()
    {
        new WebhookDelivery("1799596801", new string('a', 64), "dlv_1", new byte[] { 123, 34, 105, 100, 34, 125 }),
        new WebhookDelivery(null, null, null, ReadOnlyMemory<byte>.Empty),
        new WebhookReceipt(WebhookOutcome.InvalidOrder, "InvalidOrder", "see errors", "web:s:1", [new WebhookFieldError("lines[0].quantity", "between 1 and 100000.")]),
        new WebhookReceipt(WebhookOutcome.Created, null, null, "web:s:1", []),
        new WebhookInboxStats("s", 3, 1, 2, At, At, 4, ImmutableDictionary<string, long>.Empty.Add("SignatureMismatch", 2), At, "SignatureMismatch: …"),
        new RememberedDelivery("dlv_1", "RBNvo1WzZ4oRRq0W9+hknpT7T8If536DEMBg9hyq/4o=", At),
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public void Webhook_messages_round_trip(object message)
    {
        var copy = Serializer.Deserialize<object>(Serializer.SerializeToArray(message))!;

        Assert.Equal(message.GetType(), copy.GetType());
        Assert.Equal(Render(message), Render(copy));
    }

    [Fact]
    public void The_inbox_state_round_trips()
    {
        var state = new WebStoreInboxState
        {
            Seen = [new RememberedDelivery("dlv_1", "digest", At)],
            Accepted = 5,
            Duplicates = 2,
            OrdersCreated = 4,
            LastAcceptedAt = At,
            LastOrderCreatedAt = At.AddSeconds(-3),
        };

        var copy = Serializer.Deserialize<WebStoreInboxState>(Serializer.SerializeToArray(state))!;

        Assert.Equal(Render(state), Render(copy));
    }

    // Records compare collections by reference, so compare a rendering that expands them.
    private static string Render(object value) => System.Text.Json.JsonSerializer.Serialize(value, value.GetType());
}
