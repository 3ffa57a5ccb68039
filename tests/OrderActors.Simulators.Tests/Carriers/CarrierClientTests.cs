using OrderActors.GrainInterfaces.Carriers;
using OrderActors.Grains.Carriers;
using OrderActors.Simulators.Carriers;

namespace OrderActors.Simulators.Tests.Carriers;

/// <summary>Each carrier's client against the carrier simulator over HTTP: signing, idempotent waybills, route mapping, faults.</summary>
public sealed class CarrierClientTests
{
    public static TheoryData<string, string> Formats => new()
    {
        { "SF", "^SF[0-9]{13}$" },
        { "ZTO", "^73[0-9]{12}$" },
        { "YUNDA", "^43[0-9]{11}$" },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task A_waybill_request_is_signed_accepted_and_the_same_order_gets_the_same_waybill(string carrier, string format)
    {
        await using var bed = await CarrierTestBed.StartAsync();
        var orderId = $"taobao:demo-shop:{Guid.NewGuid():N}";

        var first = await bed.Gateway.RequestWaybillAsync(CarrierTestBed.Request(carrier, orderId), CancellationToken.None);
        var again = await bed.Gateway.RequestWaybillAsync(CarrierTestBed.Request(carrier, orderId), CancellationToken.None);
        var other = await bed.Gateway.RequestWaybillAsync(CarrierTestBed.Request(carrier, "web_other_order"), CancellationToken.None);

        Assert.Equal(carrier, first.Carrier);
        Assert.Matches(format, first.WaybillNumber);
        Assert.Equal(first, again);
        Assert.NotEqual(first.WaybillNumber, other.WaybillNumber);
        Assert.Equal(2, bed.State.Parcels().Count);
        Assert.Equal(3, bed.Gateway.Carriers.Count);
    }

    [Fact]
    public async Task Sf_answers_a_repeated_order_with_8016_and_the_client_reads_the_waybill_from_the_order_search()
    {
        await using var bed = await CarrierTestBed.StartAsync();
        var request = CarrierTestBed.Request("SF", "web_order_8016");
        var first = await bed.Gateway.RequestWaybillAsync(request, CancellationToken.None);
        Assert.Equal(first, await bed.Gateway.RequestWaybillAsync(request, CancellationToken.None));

        var calls = bed.State.Calls();
        Assert.Equal(1, calls.ByOutcome["error:8016"]);
        Assert.Equal(1, calls.ByMethod["EXP_RECE_SEARCH_ORDER_RESP"]);
    }

    [Theory]
    [InlineData("SF", "A1006")]
    [InlineData("ZTO", "S208")]
    [InlineData("YUNDA", "1002")]
    public async Task A_request_signed_with_the_wrong_secret_is_refused_and_not_retryable(string carrier, string code)
    {
        await using var bed = await CarrierTestBed.StartAsync();
        var forged = bed.NewGateway(secret: "not-the-secret");

        var error = await Assert.ThrowsAsync<CarrierCallException>(() => forged.RequestWaybillAsync(CarrierTestBed.Request(carrier, "web_forged"), CancellationToken.None));

        Assert.Equal(code, error.Code);
        Assert.False(error.Retryable);
        Assert.Empty(bed.State.Parcels());
    }

    [Theory]
    [InlineData("SF")]
    [InlineData("ZTO")]
    [InlineData("YUNDA")]
    public async Task The_route_query_maps_each_carriers_scans_to_parcel_states_without_phone_numbers(string carrier)
    {
        await using var bed = await CarrierTestBed.StartAsync();
        var waybill = (await bed.Gateway.RequestWaybillAsync(CarrierTestBed.Request(carrier, "web_routes"), CancellationToken.None)).WaybillNumber;
        var start = new DateTimeOffset(2026, 11, 11, 9, 0, 0, TimeSpan.FromHours(8));
        for (var step = 0; step < 4; step++)
        {
            Assert.NotNull(bed.State.Advance(waybill, start.AddHours(step * 6)));
        }

        var events = await bed.Gateway.QueryRoutesAsync(carrier, waybill, CancellationToken.None);
        var again = await bed.Gateway.QueryRoutesAsync(carrier, waybill, CancellationToken.None);

        Assert.Equal([ParcelState.PickedUp, ParcelState.InTransit, ParcelState.OutForDelivery, ParcelState.Delivered], events.Select(e => e.State));
        Assert.Equal([.. Enumerable.Range(0, 4).Select(i => start.AddHours(i * 6))], events.Select(e => e.At));
        Assert.Equal(events.Select(e => e.Key), again.Select(e => e.Key));
        Assert.Equal(4, events.Select(e => e.Key).Distinct().Count());
        Assert.All(events, e => Assert.False(string.IsNullOrEmpty(e.City)));
        Assert.DoesNotContain(events, e => e.Description!.Any(char.IsAsciiDigit));
        Assert.Empty(await bed.Gateway.QueryRoutesAsync(carrier, "SF9999999999999", CancellationToken.None));
    }

    [Theory]
    [InlineData("SF", "A1005")]
    [InlineData("ZTO", "http-429")]
    [InlineData("YUNDA", "http-429")]
    public async Task Throttles_and_server_errors_are_retryable_a_body_that_is_not_json_is_not(string carrier, string throttleCode)
    {
        await using var bed = await CarrierTestBed.StartAsync();
        var request = CarrierTestBed.Request(carrier, "web_faults");

        await bed.FaultsAsync(new SimFaults(Throttles: 1));
        var throttled = await Assert.ThrowsAsync<CarrierCallException>(() => bed.Gateway.RequestWaybillAsync(request, CancellationToken.None));
        await bed.FaultsAsync(new SimFaults(ServerErrors: 1, ServerErrorStatus: 502));
        var failed = await Assert.ThrowsAsync<CarrierCallException>(() => bed.Gateway.RequestWaybillAsync(request, CancellationToken.None));
        await bed.FaultsAsync(new SimFaults(Garbage: 1));
        var garbage = await Assert.ThrowsAsync<CarrierCallException>(() => bed.Gateway.RequestWaybillAsync(request, CancellationToken.None));
        var issued = await bed.Gateway.RequestWaybillAsync(request, CancellationToken.None);

        Assert.Equal((throttleCode, true), (throttled.Code, throttled.Retryable));
        Assert.Equal(("http-502", true), (failed.Code, failed.Retryable));
        Assert.Equal(("not-json", false), (garbage.Code, garbage.Retryable));
        Assert.Equal(carrier, issued.Carrier);
        Assert.Single(bed.State.Parcels());
    }

    [Fact]
    public async Task A_carrier_we_do_not_speak_to_is_refused_before_any_call()
    {
        await using var bed = await CarrierTestBed.StartAsync();
        var error = await Assert.ThrowsAsync<CarrierCallException>(() => bed.Gateway.RequestWaybillAsync(CarrierTestBed.Request("EMS", "web_ems"), CancellationToken.None));
        Assert.Equal(("unknown-carrier", false), (error.Code, error.Retryable));
        Assert.Equal(0, bed.State.Calls().Total);
    }
}
