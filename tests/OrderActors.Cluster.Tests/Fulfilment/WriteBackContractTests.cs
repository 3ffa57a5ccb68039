using Microsoft.Extensions.DependencyInjection;
using OrderActors.Domain.Fulfilment;
using OrderActors.GrainInterfaces.Channels;
using OrderActors.GrainInterfaces.Fulfilment;
using Orleans.Serialization;

namespace OrderActors.Cluster.Tests.Fulfilment;

/// <summary>Guards the write-back's wire contract: its messages round-trip, and the contract's status mirrors the domain's (the grain converts by value).</summary>
public sealed class WriteBackContractTests
{
    private static readonly Serializer Serializer = new ServiceCollection().AddSerializer(b => b.AddAssembly(typeof(IChannelShipmentGrain).Assembly)).BuildServiceProvider().GetRequiredService<Serializer>();

    private static readonly DateTimeOffset At = new(2026, 11, 11, 10, 0, 1, TimeSpan.FromHours(8));

    public static TheoryData<object> Messages() => new()
    {
        new ShipmentNotice("taobao:shop:1", "SF", "SF1", At),
        new ShipmentConfirmation("1", "SF", "SF1", At),
        new ShipmentCallResult(ShipmentCallOutcome.Transient, "paused", At.AddMinutes(5)),
        new ChannelShipmentView("taobao:shop:1", "taobao", "shop", "SF", "SF1", ChannelShipmentStatus.Failed, 3, "closed", At, At, At, null, At.AddSeconds(10)),
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public void Messages_round_trip_through_the_Orleans_serializer(object message)
    {
        var copy = Serializer.Deserialize<object>(Serializer.SerializeToArray(message))!;

        Assert.Equal(message, copy);
    }

    [Fact]
    public void The_contract_status_mirrors_the_domain_status_name_for_name_and_value_for_value()
    {
        Assert.Equal(
            Enum.GetValues<WriteBackStatus>().Select(s => (s.ToString(), (int)s)),
            Enum.GetValues<ChannelShipmentStatus>().Select(s => (s.ToString(), (int)s)));
    }
}
