using OrderActors.Domain.Carriers;

namespace OrderActors.Domain.Tests.Carriers;

/// <summary>Known answers computed outside .NET (Python's hashlib and urllib) for each carrier's signing recipe.</summary>
public sealed class CarrierProtocolTests
{
    [Fact]
    public void Sf_digest_url_encodes_like_java_then_md5_then_base64()
    {
        const string msgData = "{\"orderId\":\"中 1\"}";
        Assert.Equal("%7B%22orderId%22%3A%22%E4%B8%AD+1%22%7D1700000000000checkWord1", CarrierSignatures.JavaUrlEncode(msgData + "1700000000000checkWord1"));
        Assert.Equal("Xe3DU5RaAWbKXMLYafarpA==", CarrierSignatures.SfDigest(msgData, "1700000000000", "checkWord1"));
        Assert.Equal("a.b-c*d_e%7E", CarrierSignatures.JavaUrlEncode("a.b-c*d_e~"));
    }

    [Fact]
    public void Zto_yunda_and_aggregator_signatures()
    {
        Assert.Equal("qL2Y/0Sljx/L24jeX5jCag==", CarrierSignatures.ZtoDigest("{\"billCode\":\"73000000000001\"}", "zto-secret"));
        Assert.Equal("76fa34c5e2825d4af2bf6d459aa16e11", CarrierSignatures.YundaSign("{\"mailno\":\"4300000000001\"}", "yd-secret"));
        Assert.Equal("0CE4453D6F24634724E6A9215D245906", CarrierSignatures.AggregatorSign("{\"lastResult\":{\"nu\":\"SF1000000000001\"}}", "salt-1"));
    }

    [Fact]
    public void A_signature_matches_only_itself()
    {
        var sign = CarrierSignatures.AggregatorSign("param", "salt");
        Assert.True(CarrierSignatures.Matches(sign, sign));
        Assert.False(CarrierSignatures.Matches(sign.ToLowerInvariant(), sign));
        Assert.False(CarrierSignatures.Matches(null, sign));
        Assert.False(CarrierSignatures.Matches(CarrierSignatures.AggregatorSign("param", "other"), sign));
    }

    [Fact]
    public void The_customer_order_number_is_the_order_id_when_every_carrier_takes_it_else_a_stable_hash()
    {
        Assert.Equal("web_order_42", CarrierOrderNumber.For("web_order_42"));
        var marketplace = CarrierOrderNumber.For("taobao:demo-shop:4001");
        Assert.Equal(marketplace, CarrierOrderNumber.For("taobao:demo-shop:4001"));
        Assert.NotEqual(marketplace, CarrierOrderNumber.For("taobao:demo-shop:4002"));
        Assert.Matches("^OA[0-9A-F]{32}$", marketplace);
    }

    [Fact]
    public void Remarks_lose_phone_numbers_but_keep_their_sense()
    {
        Assert.Equal("快件交给王师傅(***)，正在派送途中", TrackingText.Redact("快件交给王师傅(13800138000)，正在派送途中"));
        Assert.Equal("派送中，派件员 ***", TrackingText.Redact("派送中，派件员 137-0013-7000"));
        Assert.Equal("已签收", TrackingText.Redact(" 已签收 "));
        Assert.Null(TrackingText.Redact("  "));
    }

    [Fact]
    public void Parcel_keys_name_a_known_carrier_and_a_plain_waybill()
    {
        Assert.True(CarrierCode.TrySplitParcelKey("SF:SF1000000000001", out var carrier, out var waybill));
        Assert.Equal(("SF", "SF1000000000001"), (carrier, waybill));
        Assert.True(CarrierCode.TrySplitParcelKey("yunda:4300000000001", out carrier, out _));
        Assert.Equal("YUNDA", carrier);
        Assert.False(CarrierCode.TrySplitParcelKey("EMS:1234567890", out _, out _));
        Assert.False(CarrierCode.TrySplitParcelKey("SF:12 45", out _, out _));
        Assert.False(CarrierCode.TrySplitParcelKey("SF", out _, out _));
    }
}
