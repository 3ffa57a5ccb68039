using Microsoft.Extensions.DependencyInjection;
using OrderActors.GrainInterfaces.Carriers;
using Orleans.Serialization;
using DomainState = OrderActors.Domain.Carriers.ParcelState;

namespace OrderActors.Cluster.Tests.Carriers;

/// <summary>The carrier messages round-trip, and the contract's parcel state mirrors the domain's.</summary>
public sealed class CarrierContractTests
{
    private static readonly Serializer Serializer = new ServiceCollection().AddSerializer(b => b.AddAssembly(typeof(IParcelGrain).Assembly)).BuildServiceProvider().GetRequiredService<Serializer>();

    private static readonly DateTimeOffset At = new(2026, 11, 11, 10, 0, 0, TimeSpan.FromHours(8));

    public static TheoryData<object> Messages() => new()
    {
        new ParcelView("SF", "SF1000000000001", "web:s:1", ParcelState.InTransit, [new CarrierTrackingEvent("sf:30:1:ab", At, ParcelState.InTransit, "30", "杭州市", "发往上海")], At, null, true, null),
        new CarrierPush("{\"Body\":{}}", "digest", "1700000000000", "partner"),
        new CarrierPushReceipt(CarrierPushOutcome.Malformed, "MalformedPush", "1 problem", ["WaybillRoute[0]: opCode is required"], 0, 0, []),
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public void Messages_round_trip_through_the_Orleans_serializer(object message)
    {
        var copy = Serializer.Deserialize<object>(Serializer.SerializeToArray(message))!;
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(message, message.GetType()), System.Text.Json.JsonSerializer.Serialize(copy, copy.GetType()));
    }

    [Fact]
    public void The_contract_parcel_state_mirrors_the_domain_name_for_name_and_value_for_value() =>
        Assert.Equal(
            Enum.GetValues<DomainState>().Select(s => (s.ToString(), (int)s)),
            Enum.GetValues<ParcelState>().Select(s => (s.ToString(), (int)s)));
}
