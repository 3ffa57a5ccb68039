using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using OpenQA.Selenium;
using OrderActors.Integration.Tests.Console;

namespace OrderActors.Integration.Tests.Browser;

/// <summary>The landing page: orders made through the API appear in the per-channel counts and the backlog without a reload.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class OverviewPageTests(ConsoleFixture fixture)
{
    [Fact]
    public async Task Orders_created_through_the_API_appear_in_the_counts_per_channel_and_status_and_in_the_backlog()
    {
        using var browser = await fixture.SignedIn("operator");
        browser.Go("/console/");
        browser.WaitFor("#backlog tr[data-status='Allocated']");
        var paidBefore = OrderFlowOverviewTests.Count(await Overview(), "douyin", "Paid");
        var allocatedBefore = OrderFlowOverviewTests.Backlog(await Overview())["Allocated"].GetProperty("orders").GetInt32();

        foreach (var id in new[] { "ov-page-1", "ov-page-2" })
        {
            (await fixture.Http.Submit(new
            {
                channel = "douyin", shop = "dy-console", platformOrderId = id,
                lines = new[] { new { sku = "TEA-1", quantity = 1, unitPriceFen = 100 } },
                address = new { recipient = "Han Meimei", phone = "13900139000", province = "上海", city = "上海", district = "Huangpu", detail = "1 Nanjing Rd" },
            }, null)).EnsureSuccessStatusCode();
        }

        // The page polls every 5 s: the douyin row counts both orders as paid, and the backlog holds them in Allocated.
        browser.WaitUntil(() => Number(browser, "#flow-table tr[data-channel='douyin'] td[data-status='Paid']") == paidBefore + 2, "two more paid douyin orders", TimeSpan.FromSeconds(30));
        browser.WaitUntil(() => Number(browser, "#backlog tr[data-status='Allocated'] td[data-field='orders']") >= allocatedBefore + 2, "the backlog in Allocated", TimeSpan.FromSeconds(30));
        var allocated = OrderFlowOverviewTests.Count(await Overview(), "douyin", "Allocated");
        browser.WaitUntil(() => Number(browser, "#flow-table tr[data-channel='douyin'] td[data-status='Allocated']") == allocated, "the allocated douyin orders");
        Assert.NotEmpty(browser.Driver.FindElements(By.CssSelector("#chart-channels svg polyline[data-series='douyin']")));
        Assert.NotEmpty(browser.Driver.FindElements(By.CssSelector("#chart-statuses svg polyline[data-series='Allocated']")));
        browser.WaitFor("#stages tr[data-step='PaidToAllocated']");
        browser.Screenshot("overview");
    }

    private async Task<JsonElement> Overview() => await fixture.Http.GetFromJsonAsync<JsonElement>("/api/analytics/overview?minutes=60");

    private static int Number(ConsoleBrowser browser, string css) =>
        browser.Driver.FindElements(By.CssSelector(css)).FirstOrDefault() is { } cell && int.TryParse(cell.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;
}
