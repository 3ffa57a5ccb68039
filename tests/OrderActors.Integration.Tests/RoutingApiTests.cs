using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace OrderActors.Integration.Tests;

[CollectionDefinition(Name)]
public sealed class RoutingCollection : ICollectionFixture<SystemFixture>
{
    public const string Name = "routing";
}

/// <summary>The pool, rule versions, rule tests and the decision log over HTTP, on a system of their own (they change the active rules).</summary>
[Collection(RoutingCollection.Name)]
public sealed class RoutingApiTests(SystemFixture system)
{
    private HttpClient Http => system.Http;

    private static readonly string[] Criteria = ["SameCity", "SameProvince", "NextDay", "LowestCost", "FastestDelivery", "MostStock", "WarehousePriority"];

    [Fact]
    public async Task The_pool_answers_per_SKU_and_per_region_and_refuses_what_it_does_not_know()
    {
        var all = await Http.GetFromJsonAsync<JsonElement>("/api/pool/MUG-1");
        Assert.Equal(["WH-GZ", "WH-SH"], all.GetProperty("cells").EnumerateArray().Select(c => c.GetProperty("warehouse").GetString()));
        Assert.Equal([5, 20], all.GetProperty("cells").EnumerateArray().Select(c => c.GetProperty("onHand").GetInt32()).Order());
        Assert.Equal(
            all.GetProperty("cells").EnumerateArray().Sum(c => c.GetProperty("available").GetInt32()),
            all.GetProperty("available").GetInt32());

        Assert.Equal(HttpStatusCode.OK, (await Http.GetAsync("/api/pool/MUG-1?region=浙江")).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await Http.GetAsync("/api/pool/MUG-1?region=Atlantis")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Http.GetAsync("/api/pool/NO-SUCH-SKU")).StatusCode);
    }

    [Fact]
    public async Task The_rule_test_flags_the_draft_that_drops_Zhejiang_and_activation_is_a_separate_logged_step()
    {
        // Live rules: Shanghai serves Shanghai, Zhejiang and Jiangsu; Guangzhou serves Guangdong.
        var saved = await Http.PostAsJsonAsync("/api/routing/rules", new
        {
            actor = "ops-lead",
            rules = new { criteria = Criteria, serviceAreas = new Dictionary<string, string[]> { ["WH-SH"] = ["上海", "浙江", "江苏"], ["WH-GZ"] = ["广东"] } },
        });
        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        var version = (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32();
        Assert.Equal(1, (await Http.GetFromJsonAsync<JsonElement>("/api/routing/rules")).GetProperty("activeVersion").GetInt32());
        (await Http.PostAsJsonAsync($"/api/routing/rules/{version}/activate", new { actor = "ops-lead", note = "Double 11 areas" })).EnsureSuccessStatusCode();

        // A draft that loses Zhejiang from Shanghai's service area.
        var test = await Http.PostAsJsonAsync("/api/routing/rule-tests", new
        {
            draft = new { criteria = Criteria, serviceAreas = new Dictionary<string, string[]> { ["WH-SH"] = ["上海", "江苏"], ["WH-GZ"] = ["广东"] } },
            orders = new[]
            {
                new { orderId = "hangzhou-1", province = "浙江", city = "杭州", lines = new[] { new { sku = "TEA-1", quantity = 1 } } },
                new { orderId = "shanghai-1", province = "上海", city = "上海", lines = new[] { new { sku = "TEA-1", quantity = 1 } } },
            },
        });
        Assert.Equal(HttpStatusCode.OK, test.StatusCode);
        var result = await test.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(version, result.GetProperty("activeVersion").GetInt32());
        Assert.Equal(1, result.GetProperty("summary").GetProperty("becomeUnservable").GetInt32());
        var hangzhou = result.GetProperty("orders").EnumerateArray().Single(o => o.GetProperty("orderId").GetString() == "hangzhou-1");
        Assert.Equal("WH-SH", hangzhou.GetProperty("activeWarehouses").GetString());
        Assert.True(hangzhou.GetProperty("becomesUnservable").GetBoolean());
        Assert.Contains("outside its service area", hangzhou.GetProperty("draftUnservable").GetString());

        var activations = await Http.GetFromJsonAsync<JsonElement>("/api/routing/activations");
        Assert.Contains(activations.EnumerateArray(), a => a.GetProperty("version").GetInt32() == version && a.GetProperty("actor").GetString() == "ops-lead");
    }

    [Fact]
    public async Task The_decision_log_answers_why_an_order_went_where_it_went_and_feeds_rule_tests_of_recent_orders()
    {
        var key = OrderRequests.NewKey();
        (await Http.Submit(OrderRequests.Valid(sku: "MUG-1"), key)).EnsureSuccessStatusCode();

        var decisions = await Http.GetFromJsonAsync<JsonElement>($"/api/orders/web:flagship:{key}/decisions");
        var decision = Assert.Single(decisions.EnumerateArray());
        Assert.Equal("Allocated", decision.GetProperty("outcome").GetString());
        Assert.Equal("330100", decision.GetProperty("destinationCity").GetString());
        var chosen = decision.GetProperty("candidates").EnumerateArray().Single(c => c.GetProperty("chosen").GetBoolean());
        Assert.Equal(decision.GetProperty("packages")[0].GetProperty("warehouse").GetString(), chosen.GetProperty("warehouse").GetString());
        Assert.True(chosen.GetProperty("scores").GetArrayLength() > 0);

        var recent = await Http.PostAsJsonAsync("/api/routing/rule-tests", new { draftVersion = 1, lastOrders = 5 });
        Assert.Equal(HttpStatusCode.OK, recent.StatusCode);
        Assert.True((await recent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("summary").GetProperty("orders").GetInt32() >= 1);

        Assert.Equal(HttpStatusCode.NotFound, (await Http.GetAsync("/api/orders/web:flagship:nope/decisions")).StatusCode);
    }

    public static TheoryData<string, string, string> BadRuleRequests() => new()
    {
        { "/api/routing/rules", """{"actor":"ops","rules":{"criteria":["Cheapest"]}}""", "Cheapest" },
        { "/api/routing/rules", """{"actor":"ops","rules":{"criteria":[]}}""", "criteria" },
        { "/api/routing/rules", """{"actor":"ops","rules":{"criteria":["LowestCost"],"serviceAreas":{"WH-MARS":["上海"]}}}""", "WH-MARS" },
        { "/api/routing/rules", """{"actor":"ops","rules":{"criteria":["LowestCost"],"serviceAreas":{"WH-SH":["Narnia"]}}}""", "Narnia" },
        { "/api/routing/rules", """{"actor":"ops","rules":{"criteria":["LowestCost"],"maxPackages":9}}""", "maxPackages" },
        { "/api/routing/rules", """{"rules":{"criteria":["LowestCost"]}}""", "actor" },
        { "/api/routing/rules", """{"actor":"ops","rules":{"criteria":["LowestCost"]""", "" },
        { "/api/routing/rule-tests", """{"draftVersion":1,"orders":[]}""", "empty" },
        { "/api/routing/rule-tests", """{"orders":[{"province":"浙江","lines":[{"sku":"TEA-1","quantity":1}]}]}""", "draft" },
        { "/api/routing/rule-tests", """{"draftVersion":99,"orders":[{"province":"浙江","lines":[{"sku":"TEA-1","quantity":1}]}]}""", "99" },
        { "/api/routing/rule-tests", """{"draftVersion":1,"orders":[{"province":"Atlantis","lines":[{"sku":"TEA-1","quantity":1}]}]}""", "Atlantis" },
        { "/api/routing/rule-tests", """{"draft":{"criteria":["LowestCost"],"serviceAreas":{"WH-MARS":["上海"]}},"lastOrders":5}""", "WH-MARS" },
    };

    [Theory]
    [MemberData(nameof(BadRuleRequests))]
    public async Task Malformed_rules_unknown_warehouses_and_empty_order_sets_are_problems_that_change_nothing(string path, string json, string mentions)
    {
        var versionsBefore = await Http.GetStringAsync("/api/routing/rules");

        var response = await Http.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(mentions, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(versionsBefore, await Http.GetStringAsync("/api/routing/rules"));
    }

    [Fact]
    public async Task Activating_a_version_that_does_not_exist_is_404_and_windows_must_end_after_they_start()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await Http.PostAsJsonAsync("/api/routing/rules/999/activate", new { actor = "ops" })).StatusCode);

        var now = DateTimeOffset.UtcNow;
        var backwards = await Http.PutAsJsonAsync("/api/routing/network-wide", new { actor = "ops", windows = new[] { new { scope = "global", start = now, end = now.AddHours(-1) } } });
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        var badScope = await Http.PutAsJsonAsync("/api/routing/network-wide", new { actor = "ops", windows = new[] { new { scope = "galaxy", start = now, end = now.AddHours(1) } } });
        Assert.Equal(HttpStatusCode.BadRequest, badScope.StatusCode);
        Assert.Equal(0, (await Http.GetFromJsonAsync<JsonElement>("/api/routing/network-wide")).GetArrayLength());
    }

    [Fact]
    public async Task Operators_freeze_a_cell_see_the_event_and_reconcile_over_HTTP()
    {
        var frozen = await Http.PutAsJsonAsync("/api/inventory/TEA-1/WH-GZ/frozen", new { frozen = true, actor = "wms-admin", reason = "cycle count" });
        Assert.Equal(HttpStatusCode.OK, frozen.StatusCode);
        Assert.True((await frozen.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("manuallyFrozen").GetBoolean());
        var events = await Http.GetFromJsonAsync<JsonElement>("/api/inventory-events?sku=TEA-1&warehouse=WH-GZ");
        Assert.Contains(events.EnumerateArray(), e => e.GetProperty("kind").GetString() == "Frozen" && e.GetProperty("reason").GetString()!.Contains("cycle count", StringComparison.Ordinal));
        (await Http.PutAsJsonAsync("/api/inventory/TEA-1/WH-GZ/frozen", new { frozen = false, actor = "wms-admin", reason = "count done" })).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.BadRequest, (await Http.PutAsJsonAsync("/api/inventory/TEA-1/WH-GZ/frozen", new { frozen = true })).StatusCode);

        var report = await Http.PostAsync("/api/reconciliations", null);
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Http.GetAsync("/api/reconciliations/last")).StatusCode);
    }
}
