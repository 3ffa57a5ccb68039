using System.Text.Json;
using System.Text.Json.Nodes;
using OrderActors.Domain.Channels.WebStore;
using OrderActors.Grains.Channels.WebStore;

namespace OrderActors.Simulators.Tests;

/// <summary>The order object's rules, as the webhook applies them: every error named by its JSON path.</summary>
public sealed class WebStoreOrderJsonTests
{
    private const string Valid = """
        {"id":"WS-1","status":"paid","created_at":"2024-05-01T08:00:00+08:00","updated_at":"2024-05-01T08:05:12.345+08:00",
         "paid_at":"2024-05-01T08:01:00+08:00","currency":"CNY","total_fen":33600,"shipping_fen":0,
         "lines":[{"sku":"TEA-1","quantity":2,"unit_price_fen":16800,"title":"龙井"}],
         "shipping_address":{"recipient":"韩梅梅","phone":"13900139000","province":"浙江省","city":"杭州市","district":"西湖区","detail":"龙井路1号"}}
        """;

    private static WebStoreOrderRead Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        return WebStoreOrderJson.Read(document.RootElement);
    }

    private static string With(Action<JsonObject> change)
    {
        var json = JsonNode.Parse(Valid)!.AsObject();
        change(json);
        return json.ToJsonString();
    }

    [Fact]
    public void A_valid_order_reads_without_errors()
    {
        var read = Read(Valid);

        Assert.True(read.IsValid);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 0, 5, 12, 345, TimeSpan.Zero), read.Order!.UpdatedAt);
        Assert.Equal(new WebStoreLine("TEA-1", 2, 16800, "龙井"), Assert.Single(read.Order.Lines));
        Assert.Equal((33600L, 0L), (read.Order.TotalFen!.Value, read.Order.ShippingFen!.Value));
    }

    public static TheoryData<string, string, bool> Invalid() => new()
    {
        // change, the field named, whether it is malformed (wrong type or format) rather than merely invalid
        { With(o => o.Remove("id")), "id", true },
        { With(o => o["id"] = "WS 1"), "id", true },
        { With(o => o["status"] = "processing"), "status", false },
        { With(o => o["status"] = 3), "status", true },
        { With(o => o.Remove("updated_at")), "updated_at", true },
        { With(o => o["updated_at"] = "2024-05-01T08:05:12"), "updated_at", true },
        { With(o => o["created_at"] = 1714521600), "created_at", true },
        { With(o => o.Remove("paid_at")), "paid_at", false },
        { With(o => o["currency"] = "USD"), "currency", false },
        { With(o => o["total_fen"] = 336.00m), "total_fen", true },
        { With(o => o["lines"] = new JsonArray()), "lines", false },
        { With(o => o["lines"] = "TEA-1"), "lines", true },
        { With(o => o["lines"]![0]!["quantity"] = 0), "lines[0].quantity", false },
        { With(o => o["lines"]![0]!["quantity"] = 1.5), "lines[0].quantity", true },
        { With(o => o["lines"]![0]!["unit_price_fen"] = "168.00"), "lines[0].unit_price_fen", true },
        { With(o => o["lines"]![0]!["unit_price_fen"] = -1), "lines[0].unit_price_fen", false },
        { With(o => o["lines"]![0]!["sku"] = "TEA 1/x"), "lines[0].sku", false },
        { With(o => o["lines"]![0]!.AsObject().Remove("sku")), "lines[0].sku", false },
        { With(o => o.Remove("shipping_address")), "shipping_address", false },
        { With(o => o["shipping_address"]!["city"] = " "), "shipping_address.city", false },
        { With(o => o["shipping_address"]!.AsObject().Remove("phone")), "shipping_address.phone", false },
        { "[]", "$", true },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void An_invalid_order_names_the_field(string json, string field, bool malformed)
    {
        var read = Read(json);

        Assert.False(read.IsValid);
        Assert.Contains(read.Errors, e => e.Field == field);
        Assert.Equal(malformed, read.Malformed);
    }

    [Fact]
    public void Cancelled_and_pending_orders_need_no_payment_time() =>
        Assert.True(Read(With(o => { o["status"] = "cancelled"; o.Remove("paid_at"); })).IsValid);

    [Fact]
    public void Every_error_is_reported_at_once()
    {
        var read = Read(With(o => { o["lines"]![0]!["quantity"] = 0; o["shipping_address"]!.AsObject().Remove("phone"); o["currency"] = "EUR"; }));

        Assert.Equal(["currency", "lines[0].quantity", "shipping_address.phone"], read.Errors.Select(e => e.Field).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("2024-05-01T00:00:00Z", "2024-05-01T00:00:00+00:00")]
    [InlineData("2024-05-01t00:00:00z", "2024-05-01T00:00:00+00:00")]
    [InlineData("2024-05-01T08:00:00+08:00", "2024-05-01T00:00:00+00:00")]
    [InlineData("2024-04-30T19:00:00-05:00", "2024-05-01T00:00:00+00:00")]
    [InlineData("2024-05-01T00:00:00.5Z", "2024-05-01T00:00:00.5000000+00:00")]
    [InlineData("2024-05-01T00:00:00.123456789Z", "2024-05-01T00:00:00.1234567+00:00")]
    public void RFC_3339_times_with_any_offset_and_fraction_are_instants(string text, string expected)
    {
        Assert.True(WebStoreProtocol.TryParseTime(text, out var instant));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), instant);
    }

    [Theory]
    [InlineData("2024-05-01T00:00:00")]
    [InlineData("2024-05-01 00:00:00Z")]
    [InlineData("2024-05-01T00:00Z")]
    [InlineData("2024-13-01T00:00:00Z")]
    [InlineData("1714521600")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_not_a_time(string? text) => Assert.False(WebStoreProtocol.TryParseTime(text, out _));

    [Theory]
    [InlineData("2024-05-01T00:00:00+00:00", "2024-05-01T00:00:00Z")]
    [InlineData("2024-05-01T08:00:00.250+08:00", "2024-05-01T00:00:00.25Z")]
    public void The_client_writes_times_in_UTC_with_a_fraction_only_when_there_is_one(string instant, string expected)
    {
        var value = DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(expected, WebStoreProtocol.FormatTime(value));
        Assert.True(WebStoreProtocol.TryParseTime(WebStoreProtocol.FormatTime(value), out var back));
        Assert.Equal(value, back);
    }
}
