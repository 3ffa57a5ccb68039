using Microsoft.Extensions.DependencyInjection;
using OrderActors.GrainInterfaces.Inventory;
using OrderActors.GrainInterfaces.Returns;
using Orleans.Serialization;

namespace OrderActors.Cluster.Tests.Returns;

/// <summary>The return contract's enums mirror the domain's, and its messages round-trip.</summary>
public sealed class ReturnContractTests
{
    private static readonly Serializer Serializer = new ServiceCollection().AddSerializer(b => b.AddAssembly(typeof(IReturnGrain).Assembly)).BuildServiceProvider().GetRequiredService<Serializer>();

    private static readonly DateTimeOffset At = new(2026, 11, 20, 9, 30, 0, TimeSpan.FromHours(8));

    [Fact]
    public void The_contract_enums_mirror_the_domain_name_for_name_and_value_for_value()
    {
        Assert.Equal(Pairs<Domain.Returns.ReturnStatus>(), Pairs<ReturnStatus>());
        Assert.Equal(Pairs<Domain.Returns.RefundStatus>(), Pairs<RefundStatus>());
        Assert.Equal(Pairs<Domain.Returns.ReturnReason>(), Pairs<ReturnReason>());
    }

    public static TheoryData<object> Messages() => new()
    {
        new CreateReturn("taobao:shop:1", "req-1", ReturnSource.Marketplace, "AS-1", [new ReturnLine("TEA", 2)], ReturnReason.QualityProblem, "leaf dust", "taobao"),
        new ReturnView("taobao:shop:1:R1", "taobao:shop:1", ReturnSource.Operator, null, "req-1", ReturnStatus.QcPartlyPassed, [new ReturnLineView("TEA", 2, 1, 1)],
            ReturnReason.Other, null, "WH-BJ", 3998, RefundStatus.Pending, 1999, true, At, At, At, null, [new ReturnHistoryEntry("Qc", ReturnStatus.QcPartlyPassed, RefundStatus.None, At, "qc", "ok")]),
        new ReturnSummary("web:s:k:R2", "web:s:k", ReturnStatus.Received, ReturnSource.Operator, null, "WH-SH", ReturnReason.WrongItem, RefundStatus.None, 0, 1, 0, 0, At, At, null, null, At),
        new StockCellView("TEA", "WH-BJ", 4, 0, 1, 3, 1, false, false, 2),
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public void Messages_round_trip_through_the_Orleans_serializer(object message)
    {
        var copy = Serializer.Deserialize<object>(Serializer.SerializeToArray(message))!;

        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(message, message.GetType()), System.Text.Json.JsonSerializer.Serialize(copy, copy.GetType()));
    }

    [Theory]
    [InlineData("taobao:shop:123:R2", "taobao:shop:123", 2)]
    [InlineData("web:flagship:key-1:R10", "web:flagship:key-1", 10)]
    public void Return_ids_parse_back_to_their_order_and_number(string value, string orderId, int number)
    {
        Assert.True(ReturnId.TryParse(value, out var id));
        Assert.Equal((orderId, number, value), (id.Value.OrderId, id.Value.Number, id.Value.ToString()));
    }

    [Theory]
    [InlineData("taobao:shop:123")]
    [InlineData("taobao:shop:123:R0")]
    [InlineData("taobao:shop:123:Rx")]
    [InlineData("nowhere:shop:1:R1")]
    [InlineData(":R1")]
    public void Anything_else_is_not_a_return_id(string value)
    {
        Assert.False(ReturnId.TryParse(value, out _));
    }

    private static IEnumerable<(string, int)> Pairs<T>() where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => (v.ToString(), Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)));
}
