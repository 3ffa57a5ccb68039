using OrderActors.Domain.Carriers;

namespace OrderActors.Domain.Tests.Carriers;

public sealed class CarrierStatusMapTests
{
    [Theory]
    [InlineData("50", ParcelState.PickedUp)]
    [InlineData("54", ParcelState.PickedUp)]
    [InlineData("30", ParcelState.InTransit)]
    [InlineData("31", ParcelState.InTransit)]
    [InlineData("44", ParcelState.OutForDelivery)]
    [InlineData("204", ParcelState.OutForDelivery)]
    [InlineData("80", ParcelState.Delivered)]
    [InlineData("8000", ParcelState.Delivered)]
    [InlineData("33", ParcelState.Exception)]
    [InlineData("70", ParcelState.Exception)]
    [InlineData("99", ParcelState.Returned)]
    [InlineData("648", ParcelState.Returned)]
    public void Sf_route_codes(string opCode, ParcelState expected) => Assert.Equal(expected, SfRouteCodes.Table.Map(opCode));

    [Theory]
    [InlineData("收件", ParcelState.PickedUp)]
    [InlineData("发件", ParcelState.InTransit)]
    [InlineData("到件", ParcelState.InTransit)]
    [InlineData("派件", ParcelState.OutForDelivery)]
    [InlineData("签收", ParcelState.Delivered)]
    [InlineData("第三方签收", ParcelState.Delivered)]
    [InlineData("问题件", ParcelState.Exception)]
    [InlineData("退件", ParcelState.Returned)]
    [InlineData("SIGNED", ParcelState.Delivered)]
    [InlineData("dispatch", ParcelState.OutForDelivery)]
    public void Zto_scan_types(string scanType, ParcelState expected) => Assert.Equal(expected, ZtoScanTypes.Table.Map(scanType));

    [Theory]
    [InlineData("GOT", ParcelState.PickedUp)]
    [InlineData("TRANSIT", ParcelState.InTransit)]
    [InlineData("DELIVERY", ParcelState.OutForDelivery)]
    [InlineData("SIGNED", ParcelState.Delivered)]
    [InlineData("SIGNFAIL", ParcelState.Exception)]
    [InlineData("RETURN", ParcelState.Returned)]
    public void Yunda_trace_statuses(string status, ParcelState expected) => Assert.Equal(expected, YundaTraceStatuses.Table.Map(status));

    [Theory]
    [InlineData("1", ParcelState.PickedUp)]
    [InlineData("0", ParcelState.InTransit)]
    [InlineData("5", ParcelState.OutForDelivery)]
    [InlineData("3", ParcelState.Delivered)]
    [InlineData("2", ParcelState.Exception)]
    [InlineData("14", ParcelState.Exception)]
    [InlineData("4", ParcelState.Returned)]
    [InlineData("6", ParcelState.Returned)]
    public void Aggregator_states(string state, ParcelState expected) => Assert.Equal(expected, AggregatorStates.Table.Map(state));

    [Fact]
    public void An_unknown_code_is_kept_as_in_transit_and_known_as_unknown()
    {
        Assert.Equal(ParcelState.InTransit, SfRouteCodes.Table.Map("12345"));
        Assert.False(SfRouteCodes.Table.Knows("12345"));
        Assert.Equal(ParcelState.InTransit, ZtoScanTypes.Table.Map(null));
    }

    [Fact]
    public void Every_carrier_table_reaches_every_state_a_parcel_can_be_in()
    {
        var reachable = Enum.GetValues<ParcelState>().Where(s => s != ParcelState.LabelCreated).ToHashSet();
        foreach (var table in new[] { SfRouteCodes.Table, ZtoScanTypes.Table, YundaTraceStatuses.Table, AggregatorStates.Table })
        {
            Assert.Equal(reachable, table.Rows.Select(r => r.State).ToHashSet());
        }
    }

    [Fact]
    public void The_aggregator_names_our_carriers()
    {
        Assert.Equal(CarrierCode.Sf, AggregatorStates.Carriers["shunfeng"]);
        Assert.Equal(CarrierCode.Zto, AggregatorStates.Carriers["ZhongTong"]);
        Assert.Equal("yunda", AggregatorStates.NameOf(CarrierCode.Yunda));
    }
}
