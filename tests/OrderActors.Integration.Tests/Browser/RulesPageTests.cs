using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenQA.Selenium;

namespace OrderActors.Integration.Tests.Browser;

/// <summary>/console/rules: edit a draft, save it, test it against recent orders, activate it.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class RulesPageTests(ConsoleFixture fixture)
{
    private static readonly Dictionary<string, string> Province = new() { ["WH-SH"] = "上海", ["WH-GZ"] = "广东" };

    [Fact]
    public async Task An_operator_saves_a_draft_sees_the_orders_it_would_move_and_activates_it()
    {
        var http = fixture.Http;
        var before = await http.GetFromJsonAsync<JsonElement>("/api/routing/rules");
        var activeVersion = before.GetProperty("activeVersion").GetInt32();
        var active = before.GetProperty("versions").EnumerateArray().Single(v => v.GetProperty("version").GetInt32() == activeVersion);

        // Recent orders to Hangzhou: whichever warehouse the live rules pick, a draft that confines that warehouse
        // to its own province sends them to the other one.
        var orders = new[] { await ConsoleOrders.Submit(http, "浙江省", "杭州", "MUG-1"), await ConsoleOrders.Submit(http, "浙江省", "杭州", "MUG-1") };
        var first = await ConsoleOrders.Get(http, orders[0]);
        Assert.True(first.TryGetProperty("warehouse", out var w) && w.ValueKind == JsonValueKind.String, first.ToString());
        var chosen = w.GetString()!;
        var other = chosen == "WH-SH" ? "WH-GZ" : "WH-SH";
        var cell = await http.GetFromJsonAsync<JsonElement>($"/api/inventory/MUG-1/{other}");
        (await http.PutAsJsonAsync($"/api/inventory/MUG-1/{other}", new { onHand = cell.GetProperty("onHand").GetInt32() + 10, safetyStock = cell.GetProperty("safetyStock").GetInt32() })).EnsureSuccessStatusCode();

        var draft = new JsonObject
        {
            ["criteria"] = JsonSerializer.SerializeToNode(active.GetProperty("criteria")),
            ["serviceAreaFilter"] = true,
            ["frozenCellFilter"] = active.GetProperty("frozenCellFilter").GetBoolean(),
            ["maxPackages"] = active.GetProperty("maxPackages").GetInt32(),
            ["serviceAreas"] = new JsonObject { [chosen] = new JsonArray(Province[chosen]) },
            ["note"] = $"{chosen} serves its own province only",
        };

        using var browser = await fixture.SignedIn("operator");
        try
        {
            browser.Go("/console/rules");
            browser.WaitUntil(() => browser.Driver.FindElement(By.Id("active-version")).Text == activeVersion.ToString(System.Globalization.CultureInfo.InvariantCulture), "the active version");
            var editor = browser.WaitFor("#draft-json");
            browser.WaitUntil(() => editor.GetDomProperty("value")!.Contains("criteria", StringComparison.Ordinal), "the editor to start from the active version");

            // A draft without criteria: the API's field error shows next to the editor.
            Type(browser, """{ "criteria": [] }""");
            browser.Driver.FindElement(By.Id("save-draft")).Click();
            browser.WaitFor("#draft-errors li[data-field='rules.criteria']");

            Type(browser, draft.ToJsonString());
            browser.Driver.FindElement(By.Id("save-draft")).Click();
            browser.WaitUntil(() => browser.Driver.FindElement(By.Id("draft-saved")).Text.StartsWith("Saved as version", StringComparison.Ordinal), "the draft to be saved");
            var saved = int.Parse(browser.Driver.FindElement(By.Id("draft-saved")).Text.Split(' ')[^1].TrimEnd('.'), System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(browser.Driver.FindElement(By.Id("draft-errors")).GetDomAttribute("hidden") is not null);

            var last = browser.Driver.FindElement(By.Id("test-last"));
            last.Clear();
            last.SendKeys("20");
            browser.Driver.FindElement(By.Id("run-test")).Click();
            foreach (var order in orders)
            {
                var row = browser.WaitFor($"#test-orders tr[data-order-id='{order}']");
                Assert.Equal(chosen, row.FindElement(By.CssSelector(".active-warehouse")).Text);
                Assert.Equal(other, row.FindElement(By.CssSelector(".draft-warehouse")).Text);
                Assert.StartsWith($"{chosen} now serves only", row.FindElement(By.CssSelector(".why")).Text, StringComparison.Ordinal);
            }

            Assert.Matches(@"^\d+ of \d+ orders change warehouse", browser.Driver.FindElement(By.Id("test-counts")).Text);
            browser.Screenshot("rules-test");

            browser.Driver.FindElement(By.Id("activate-note")).SendKeys("tested on recent orders");
            browser.Driver.FindElement(By.Id("activate-tested")).Click();
            browser.WaitUntil(() => browser.Driver.FindElement(By.Id("active-version")).Text == saved.ToString(System.Globalization.CultureInfo.InvariantCulture), "the tested version to be active");
            browser.WaitFor($"#versions tr[data-version='{saved}'] .badge.good");
            Assert.Equal(saved, (await http.GetFromJsonAsync<JsonElement>("/api/routing/rules")).GetProperty("activeVersion").GetInt32());
            var activation = (await http.GetFromJsonAsync<JsonElement>("/api/routing/activations")).EnumerateArray().Last();
            Assert.Equal((saved, ConsoleOrders.UserName(browser), "tested on recent orders"),
                (activation.GetProperty("version").GetInt32(), activation.GetProperty("actor").GetString(), activation.GetProperty("note").GetString()));
        }
        finally
        {
            // Other console tests route orders too: give them the rules they started with.
            (await http.PostAsJsonAsync($"/api/routing/rules/{activeVersion}/activate", new { actor = "test", note = "restore" })).EnsureSuccessStatusCode();
        }
    }

    private static void Type(ConsoleBrowser browser, string json)
    {
        var editor = browser.Driver.FindElement(By.Id("draft-json"));
        editor.Clear();
        // Chromedriver types ASCII fast and reliably; the JSON escapes the Chinese place names.
        editor.SendKeys(JsonSerializer.Serialize(JsonNode.Parse(json)));
    }
}
