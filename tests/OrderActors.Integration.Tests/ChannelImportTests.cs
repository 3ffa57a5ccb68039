using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace OrderActors.Integration.Tests;

/// <summary>
/// CSV import of back-office exports through HTTP, on PostgreSQL: bad lines are reported by number and
/// keep their whole order out, good orders are imported once with their stock reserved, a repeat of
/// the file changes nothing, a newer export updates only what changed.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class ChannelImportTests(SystemFixture system)
{
    private const string Header =
        "platform_order_id,status,modified_at,created_at,paid_at,sku,quantity,unit_price,receiver_name,receiver_phone,province,city,district,address,buyer_memo";

    private HttpClient Http => system.Http;

    [Fact]
    public async Task A_file_with_bad_lines_imports_the_good_orders_once_reports_every_bad_line_and_a_repeat_changes_nothing()
    {
        await Stock("CSV-TEA", "CSV-MUG");
        var csv = Lines(
            Header,                                                                                           // 1
            Line("5001", "CSV-TEA", "2", "33.00"),                                                            // 2
            Line("5001", "CSV-MUG", "1", "59.90"),                                                            // 3
            Line("5002", "CSV-TEA", "1", "33.00", province: "浙江省", city: "杭州",
                address: "\"Building 3, Room 5\n(use the \"\"back\"\" door)\""),                             // 4-5
            Line("5003", "CSV-TEA", "1", "33.00"),                                                            // 6
            Line("5003", "CSV-MUG", "two", "59.90"),                                                          // 7  bad quantity
            Line("5004", "CSV-TEA", "1", "33.00", status: "SHIPPED_MAYBE"),                                   // 8  unknown status
            Line("5005", "CSV-TEA", "1", "33.00", province: "Atlantis"),                                      // 9  unknown province
            Line("5006", "", "1", "33.00"),                                                                   // 10 missing sku
            Line("5007", "CSV-TEA", "1", "33.00"),                                                            // 11
            Line("5007", "CSV-MUG", "1", "59.90", phone: "13999999999"),                                      // 12 disagrees
            Line("5008", "NO-SUCH-SKU", "1", "10.00"),                                                        // 13 unknown SKU
            Line("5009", "CSV-TEA", "1", "33.00", modifiedAt: "2026-11-11T02:05:00Z"),                        // 14
            Line("5009", "CSV-MUG", "2", "59.90"));                                                           // 15

        var response = await Post("csv-main", csv, actor: "ops-li");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(Sha256(csv), report.GetProperty("contentSha256").GetString());
        Assert.Equal((13, 9), (Int(report, "rows"), Int(report, "orders")));
        Assert.Equal((3, 0, 0, 0, 1, 5), Counts(report));
        Assert.False(report.GetProperty("repeat").GetBoolean());
        Assert.Equal("ops-li", report.GetProperty("actor").GetString());
        Assert.Equal(
            [
                (6, null, "SkippedWithOrder", "5003"),
                (7, "quantity", "Invalid", "5003"),
                (8, "status", "UnknownStatus", "5004"),
                (9, "province", "UnresolvableAddress", "5005"),
                (10, "sku", "Missing", "5006"),
                (11, null, "SkippedWithOrder", "5007"),
                (12, "receiver_phone", "Disagrees", "5007"),
                (13, null, "Rejected", "5008"),
            ],
            Errors(report).Select(e => (e.Line, e.Column, e.Code, e.PlatformOrderId)));
        var messages = Errors(report).Select(e => e.Message).ToList();
        Assert.Contains("line 7 of the same order is invalid", messages[0], StringComparison.Ordinal);
        Assert.Contains("'two' is not a quantity", messages[1], StringComparison.Ordinal);
        Assert.Contains("'SHIPPED_MAYBE' is not a Taobao trade status", messages[2], StringComparison.Ordinal);
        Assert.Contains("'Atlantis'", messages[3], StringComparison.Ordinal);
        Assert.Contains("differs from line 11", messages[6], StringComparison.Ordinal);
        Assert.Contains("NO-SUCH-SKU", messages[7], StringComparison.Ordinal);

        // Good orders exist, allocated, with every line; an order with a bad line does not exist at all.
        foreach (var (id, lines) in new[] { ("5001", 2), ("5002", 1), ("5009", 2) })
        {
            var order = (await Http.GetFromJsonAsync<JsonElement>($"/api/orders/taobao:csv-main:{id}")).GetProperty("order");
            Assert.Equal("Allocated", order.GetProperty("status").GetString());
            Assert.Equal(lines, order.GetProperty("lines").GetArrayLength());
            Assert.Equal(lines, await system.Database.Scalar<long>($"select count(*) from stock_cell_journal where order_id = 'taobao:csv-main:{id}' and op = 2"));
        }

        var embedded = (await Http.GetFromJsonAsync<JsonElement>("/api/orders/taobao:csv-main:5002")).GetProperty("order").GetProperty("address");
        Assert.Equal("Building 3, Room 5\n(use the \"back\" door)", embedded.GetProperty("detail").GetString());
        Assert.Equal(3300, (await Http.GetFromJsonAsync<JsonElement>("/api/orders/taobao:csv-main:5001")).GetProperty("order").GetProperty("lines")[0].GetProperty("unitPriceFen").GetInt64());
        foreach (var id in new[] { "5003", "5004", "5005", "5006", "5007", "5008" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await Http.GetAsync($"/api/orders/taobao:csv-main:{id}")).StatusCode);
        }

        Assert.Equal((4, 3), (await Reserved("CSV-TEA"), await Reserved("CSV-MUG")));

        // The same file again: the stored report, marked as a repeat; nothing written.
        var before = await system.Footprint();
        var again = await Post("csv-main", csv, actor: "ops-wang");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var repeat = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(repeat.GetProperty("repeat").GetBoolean());
        Assert.Equal(Counts(report), Counts(repeat));
        Assert.Equal("ops-li", repeat.GetProperty("actor").GetString());
        Assert.Equal(report.GetProperty("errors").ToString(), repeat.GetProperty("errors").ToString());
        Assert.Equal(before, await system.Footprint());
        Assert.Equal((4, 3), (await Reserved("CSV-TEA"), await Reserved("CSV-MUG")));

        // The report stays readable by the file's hash.
        var stored = await Http.GetFromJsonAsync<JsonElement>($"/api/channels/taobao/csv-main/imports/{Sha256(csv)}");
        Assert.Equal(Counts(report), Counts(stored));
    }

    [Fact]
    public async Task A_newer_export_updates_only_the_order_that_changed_and_an_older_one_changes_nothing()
    {
        await Stock("CSV-CUP");
        var first = Lines(
            Header,
            Line("6001", "CSV-CUP", "1", "12.00"),
            Line("6002", "CSV-CUP", "2", "12.00"),
            Line("6002", "CSV-CUP-LID", "1", "1.50"));
        (await Http.PutAsJsonAsync("/api/skus/CSV-CUP-LID", new { name = "Lid" })).EnsureSuccessStatusCode();
        (await Http.PutAsJsonAsync("/api/inventory/CSV-CUP-LID/WH-SH", new { onHand = 10 })).EnsureSuccessStatusCode();
        var created = await (await Post("csv-update", first)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((2, 0, 0, 0, 0, 0), Counts(created));
        Assert.Equal(3, await Reserved("CSV-CUP"));

        // The platform closed 6002 after payment (refund); the export also carries 6001, unchanged.
        var newer = Lines(
            Header,
            Line("6001", "CSV-CUP", "1", "12.00"),
            Line("6002", "CSV-CUP", "2", "12.00", status: "TRADE_CLOSED", modifiedAt: "2026-11-12 09:00:00"),
            Line("6002", "CSV-CUP-LID", "1", "1.50", status: "TRADE_CLOSED", modifiedAt: "2026-11-12T01:00:00Z"));
        var updated = await (await Post("csv-update", newer)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal((0, 1, 1, 0, 0, 0), Counts(updated));
        Assert.Equal("Cancelled", await Status("taobao:csv-update:6002"));
        Assert.Equal("Allocated", await Status("taobao:csv-update:6001"));
        Assert.Equal(1, await Reserved("CSV-CUP"));

        // An export older than what the order holds (cancelled, but modified before the last change) is ignored.
        var older = Lines(Header, Line("6001", "CSV-CUP", "1", "12.00", status: "TRADE_CLOSED_BY_TAOBAO", modifiedAt: "2026-11-11 10:02:00"));
        var stale = await (await Post("csv-update", older)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal((0, 0, 1, 0, 0, 0), Counts(stale));
        Assert.Equal("Allocated", await Status("taobao:csv-update:6001"));
        Assert.Equal(1, await Reserved("CSV-CUP"));
    }

    [Fact]
    public async Task A_file_without_required_columns_is_a_problem_listing_them_and_imports_nothing()
    {
        var header = Header.Replace("sku,quantity,", string.Empty, StringComparison.Ordinal);
        var csv = Lines(header, "7001,WAIT_SELLER_SEND_GOODS,2026-11-11 10:05:00,2026-11-11 10:00:00,,33.00,Li Lei,13800138000,上海,上海,,1 Century Ave,");
        var before = await system.Footprint();

        var response = await Post("csv-bad", csv);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("urn:orderactors:problem:InvalidCsv", problem.GetProperty("type").GetString());
        Assert.Contains("no 'sku' column", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(
            [("sku", "MissingColumn", 1), ("quantity", "MissingColumn", 1)],
            problem.GetProperty("fileErrors").EnumerateArray().Select(e => (e.GetProperty("column").GetString(), e.GetProperty("code").GetString(), e.GetProperty("line").GetInt32())));
        Assert.Equal(before, await system.Footprint());
        Assert.Equal(HttpStatusCode.NotFound, (await Http.GetAsync("/api/orders/taobao:csv-bad:7001")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Http.GetAsync($"/api/channels/taobao/csv-bad/imports/{Sha256(csv)}")).StatusCode);
    }

    public static TheoryData<string, string, byte[], int, string> BadBodies() => new()
    {
        // name, content type, body, status, what the problem says
        { "JSON instead of CSV", "application/json", "{}"u8.ToArray(), 415, "text/csv" },
        { "no content type", "", "a,b\n"u8.ToArray(), 415, "text/csv" },
        { "CSV in GBK declared", "text/csv; charset=gbk", "a,b\n"u8.ToArray(), 415, "UTF-8" },
        { "GBK bytes sent as UTF-8", "text/csv", [0xB6, 0xA9, 0xB5, 0xA5, 0x0A], 400, "not UTF-8" },
        { "broken quoting", "text/csv", Encoding.UTF8.GetBytes(Header + "\n7002,\"WAIT\n"), 400, "line 2" },
        { "empty body", "text/csv", [], 400, "empty" },
        { "over 10 MiB", "text/csv", new byte[(10 * 1024 * 1024) + 1], 413, "10 MiB" },
    };

    // Not enumerated at discovery: xUnit would serialize the 10 MiB body into every test case it reports,
    // which took the test host to many gigabytes.
    [Theory]
    [MemberData(nameof(BadBodies), DisableDiscoveryEnumeration = true)]
    public async Task A_body_that_is_not_a_UTF8_CSV_file_is_a_problem_and_writes_nothing(string name, string contentType, byte[] body, int status, string mentions)
    {
        var before = await system.Footprint();
        var content = new ByteArrayContent(body);
        if (contentType.Length > 0)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        var response = await Http.PostAsync("/api/channels/taobao/csv-bad/imports", content);

        Assert.True(status == (int)response.StatusCode, $"{name}: got {(int)response.StatusCode}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(mentions, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await system.Footprint());
    }

    [Fact]
    public async Task An_unknown_channel_or_a_bad_shop_is_refused()
    {
        var csv = Lines(Header, Line("8001", "TEA-1", "1", "1.00"));

        Assert.Equal(HttpStatusCode.BadRequest, (await Http.PostAsync("/api/channels/ebay/shop/imports", Csv(csv))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Http.PostAsync("/api/channels/jd/bad%20shop/imports", Csv(csv))).StatusCode);
    }

    [Fact]
    public async Task The_import_endpoint_is_in_the_OpenAPI_document_with_a_CSV_body()
    {
        var document = await Http.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var post = document.GetProperty("paths").GetProperty("/api/channels/{channel}/{shop}/imports").GetProperty("post");
        Assert.True(post.GetProperty("requestBody").GetProperty("content").TryGetProperty("text/csv", out _));
        Assert.True(post.GetProperty("responses").TryGetProperty("200", out _));
    }

    private async Task<HttpResponseMessage> Post(string shop, string csv, string? actor = null) =>
        await Http.PostAsync($"/api/channels/taobao/{shop}/imports" + (actor is null ? string.Empty : $"?actor={actor}"), Csv(csv));

    private static StringContent Csv(string csv) => new(csv, Encoding.UTF8, "text/csv");

    private async Task Stock(params string[] skus)
    {
        foreach (var sku in skus)
        {
            (await Http.PutAsJsonAsync($"/api/skus/{sku}", new { name = sku })).EnsureSuccessStatusCode();
            (await Http.PutAsJsonAsync($"/api/inventory/{sku}/WH-SH", new { onHand = 50 })).EnsureSuccessStatusCode();
        }
    }

    private async Task<int> Reserved(string sku) =>
        (await Http.GetFromJsonAsync<JsonElement>($"/api/inventory/{sku}/WH-SH")).GetProperty("reserved").GetInt32();

    private async Task<string?> Status(string orderId) =>
        (await Http.GetFromJsonAsync<JsonElement>($"/api/orders/{orderId}")).GetProperty("order").GetProperty("status").GetString();

    private static string Line(
        string id, string sku, string quantity, string price, string status = "WAIT_SELLER_SEND_GOODS", string modifiedAt = "2026-11-11 10:05:00",
        string province = "上海", string city = "上海", string phone = "13800138000", string address = "1 Century Ave") =>
        $"{id},{status},{modifiedAt},2026-11-11 10:00:00,2026-11-11 10:01:00,{sku},{quantity},{price},Li Lei,{phone},{province},{city},,{address},";

    private static string Lines(params string[] lines) => string.Join("\r\n", lines) + "\r\n";

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static int Int(JsonElement e, string name) => e.GetProperty(name).GetInt32();

    private static (int, int, int, int, int, int) Counts(JsonElement r) =>
        (Int(r, "created"), Int(r, "updated"), Int(r, "unchanged"), Int(r, "ignored"), Int(r, "rejected"), Int(r, "invalid"));

    private static IEnumerable<(int Line, string? Column, string? Code, string? PlatformOrderId, string? Message)> Errors(JsonElement report) =>
        report.GetProperty("errors").EnumerateArray().Select(e => (
            e.GetProperty("line").GetInt32(), e.GetProperty("column").GetString(), e.GetProperty("code").GetString(),
            e.GetProperty("platformOrderId").GetString(), e.GetProperty("message").GetString()));
}
