using System.Security.Cryptography;
using System.Text;
using OrderActors.Domain.Channels.Douyin;
using OrderActors.Domain.Channels.Jd;
using OrderActors.Domain.Channels.Pinduoduo;
using OrderActors.Domain.Channels.Taobao;

namespace OrderActors.Domain.Tests.Channels;

/// <summary>
/// Known-answer vectors. No platform publishes an example request with its expected sign, so each
/// expected value was computed outside .NET (Python's hashlib/hmac) from the documented recipe, with
/// the string to sign spelled out literally; the tests check the signer against both.
/// </summary>
public sealed class SigningTests
{
    private static Dictionary<string, string?> Params(params (string Name, string? Value)[] pairs) =>
        pairs.ToDictionary(p => p.Name, p => p.Value);

    [Fact]
    public void Top_concatenation_matches_the_documented_example()
    {
        // TOP's own example: foo=1, bar=2, foo_bar=3, foobar=4 → bar2foo1foo_bar3foobar4.
        var parameters = Params(("foo", "1"), ("bar", "2"), ("foo_bar", "3"), ("foobar", "4"));

        Assert.Equal("bar2foo1foo_bar3foobar4", TopSigner.StringToSign(parameters));
    }

    [Theory]
    [InlineData(TopSignMethod.Md5, "5AAF1C690262A24768F5478B084C2C8A")]
    [InlineData(TopSignMethod.HmacMd5, "E687005F819D6F9E6ED085311C8ACC75")]
    [InlineData(TopSignMethod.HmacSha256, "339676BF36C50A8BD3D8F6B4A81B2F9AA614B05BFCFEBEFC169CB830D6B77D3B")]
    public void Top_signs_the_documented_example_with_each_method(TopSignMethod method, string expected)
    {
        var parameters = Params(("foo", "1"), ("bar", "2"), ("foo_bar", "3"), ("foobar", "4"));

        Assert.Equal(expected, TopSigner.Sign(parameters, "helloworld", method));
    }

    [Fact]
    public void Top_md5_wraps_the_secret_around_sorted_parameters_of_an_increment_pull()
    {
        var parameters = Params(
            ("method", "taobao.trades.sold.increment.get"), ("app_key", "12345678"), ("session", "test-session"),
            ("timestamp", "2024-03-01 12:00:00"), ("format", "json"), ("v", "2.0"), ("sign_method", "md5"),
            ("fields", "tid,status,modified"), ("start_modified", "2024-03-01 00:00:00"),
            ("end_modified", "2024-03-01 12:00:00"), ("page_no", "1"), ("page_size", "100"),
            ("use_has_next", "true"), ("buyer_nick", "测试买家"),
            ("sign", "IGNORED"), ("empty", ""), ("missing", null));
        const string literal =
            "app_key12345678buyer_nick测试买家end_modified2024-03-01 12:00:00fieldstid,status,modifiedformatjson" +
            "methodtaobao.trades.sold.increment.getpage_no1page_size100sessiontest-sessionsign_methodmd5" +
            "start_modified2024-03-01 00:00:00timestamp2024-03-01 12:00:00use_has_nexttruev2.0";

        Assert.Equal(literal, TopSigner.StringToSign(parameters));
        Assert.Equal("D000D10715C579ACFBBB96B8E1499C6A", UpperMd5("helloworld" + literal + "helloworld"));
        Assert.Equal("D000D10715C579ACFBBB96B8E1499C6A", TopSigner.Sign(parameters, "helloworld", TopSignMethod.Md5));
    }

    [Fact]
    public void Jos_signs_the_order_search_system_parameters()
    {
        var parameters = Params(
            ("360buy_param_json", """{"end_date":"2024-03-01 12:00:00","order_state":"WAIT_SELLER_STOCK_OUT","page":"1","page_size":"100","start_date":"2024-03-01 00:00:00"}"""),
            ("access_token", "jd-token"), ("app_key", "JDKEY"), ("method", "jingdong.pop.order.search"),
            ("timestamp", "2024-03-01 12:00:00"), ("v", "2.0"));
        const string literal =
            """360buy_param_json{"end_date":"2024-03-01 12:00:00","order_state":"WAIT_SELLER_STOCK_OUT","page":"1","page_size":"100","start_date":"2024-03-01 00:00:00"}""" +
            "access_tokenjd-tokenapp_keyJDKEYmethodjingdong.pop.order.searchtimestamp2024-03-01 12:00:00v2.0";

        Assert.Equal(literal, JosSigner.StringToSign(parameters));
        Assert.Equal("74C1A3911C7F9D7920CEC86CFE13F042", UpperMd5("jdsecret" + literal + "jdsecret"));
        Assert.Equal("74C1A3911C7F9D7920CEC86CFE13F042", JosSigner.Sign(parameters, "jdsecret"));
    }

    [Fact]
    public void Pdd_wraps_the_client_secret_around_sorted_parameters_of_an_increment_pull()
    {
        var parameters = Params(
            ("type", "pdd.order.number.list.increment.get"), ("client_id", "pddclient"), ("access_token", "pdd-token"),
            ("timestamp", "1709265600"), ("data_type", "JSON"), ("start_updated_at", "1709263800"),
            ("end_updated_at", "1709265600"), ("is_lucky_flag", "0"), ("order_status", "5"), ("refund_status", "5"),
            ("page", "1"), ("page_size", "100"), ("use_has_next", "true"));
        const string literal =
            "access_tokenpdd-tokenclient_idpddclientdata_typeJSONend_updated_at1709265600is_lucky_flag0order_status5" +
            "page1page_size100refund_status5start_updated_at1709263800timestamp1709265600" +
            "typepdd.order.number.list.increment.getuse_has_nexttrue";

        Assert.Equal(literal, PddSigner.StringToSign(parameters));
        Assert.Equal("3C1B20A79E1790F80BE37C3520530740", PddSigner.Sign(parameters, "pddsecret"));
    }

    private const string DouyinParamJson =
        """{"combine_status":[{"order_status":"105"}],"order_asc":false,"order_by":"update_time","page":0,"product":"茶<叶>&","size":100,"update_time_end":1709265600,"update_time_start":1709263800}""";

    [Fact]
    public void Douyin_param_json_sorts_keys_at_every_level_and_escapes_nothing_it_need_not()
    {
        const string unordered =
            """{ "update_time_start": 1709263800, "update_time_end": 1709265600, "size": 100, "page": 0, "order_by": "update_time", "order_asc": false, "combine_status": [ { "order_status": "105" } ], "product": "茶<叶>&" }""";

        Assert.Equal(DouyinParamJson, DoudianParamJson.Canonicalize(unordered));
        Assert.Equal("{}", DoudianParamJson.Canonicalize(""));
    }

    [Theory]
    [InlineData(DoudianSignMethod.Md5, "29a6e1ec9f860eaed3bbe4200bc5398f")]
    [InlineData(DoudianSignMethod.HmacSha256, "55af7924bb9cd2f907b65d60833f957c139c1fb3a3c291ed4f0e66f7625c107d")]
    public void Douyin_signs_the_fixed_pattern_wrapped_in_the_secret(DoudianSignMethod method, string expected)
    {
        const string literal =
            "dysecretapp_key7000000000000000000methodorder.searchListparam_json" + DouyinParamJson + "timestamp1709265600v2dysecret";

        Assert.Equal(literal, DoudianSigner.StringToSign("7000000000000000000", "order.searchList", DouyinParamJson, "1709265600", "dysecret"));
        Assert.Equal(expected, DoudianSigner.Sign("7000000000000000000", "order.searchList", DouyinParamJson, "1709265600", "dysecret", method));
    }

    [Fact]
    public void Changing_any_signed_value_changes_the_sign()
    {
        var a = Params(("a", "1"), ("b", "2"));
        var b = Params(("a", "1"), ("b", "3"));

        Assert.NotEqual(TopSigner.Sign(a, "s", TopSignMethod.HmacSha256), TopSigner.Sign(b, "s", TopSignMethod.HmacSha256));
        Assert.NotEqual(PddSigner.Sign(a, "s"), PddSigner.Sign(a, "t"));
    }

    private static string UpperMd5(string text)
    {
#pragma warning disable CA5351 // the platforms' protocol, reproduced independently of the signer
        return Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(text)));
#pragma warning restore CA5351
    }
}
