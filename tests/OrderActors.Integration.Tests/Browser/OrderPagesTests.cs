using System.Globalization;
using System.Net.Http.Json;
using OpenQA.Selenium;
using OrderActors.Integration.Tests.Orders;

namespace OrderActors.Integration.Tests.Browser;

/// <summary>Customer service finds an order by the buyer's phone tail and follows its flow live.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class OrderPagesTests(ConsoleFixture fixture)
{
    [Fact]
    public async Task Customer_service_finds_an_order_by_phone_tail_and_watches_its_flow_move_on()
    {
        await SearchableOrders.EnsureStock(fixture.Http);
        var shop = SearchableOrders.NewShop();
        var tail = Random.Shared.Next(1000, 10000).ToString(CultureInfo.InvariantCulture);
        var orderId = await SearchableOrders.Submit(fixture.Http, shop, "B1", $"1391234{tail}", DateTimeOffset.UtcNow.AddMinutes(-20));
        await SearchableOrders.SearchUntil(fixture.Http, $"q={tail}&shop={shop}", r => r.Length == 1 && r[0].GetProperty("status").GetString() == "Allocated");
        using var browser = await fixture.SignedIn("customer-service");

        browser.Go("/console/orders");
        browser.WaitFor("#search");
        browser.Driver.FindElement(By.Id("q")).SendKeys(tail);
        browser.Driver.FindElement(By.Id("shop")).SendKeys(shop);
        browser.Driver.FindElement(By.Id("search-button")).Click();
        var row = browser.WaitFor($"#results tr[data-order-id='{orderId}']");
        Assert.Contains($"*** **** {tail}", row.Text, StringComparison.Ordinal);
        Assert.Contains("Allocated", row.FindElement(By.CssSelector(".badge")).Text, StringComparison.Ordinal);
        Assert.Single(browser.Driver.FindElements(By.CssSelector("#results tr[data-order-id]")));
        Assert.Contains($"q={tail}", browser.Driver.Url, StringComparison.Ordinal);
        browser.Screenshot("orders-search");

        row.FindElement(By.CssSelector("a.order-link")).Click();
        browser.WaitFor("#flow li[data-status='Allocated']");
        Assert.Equal(["Paid", "Allocated"], browser.Driver.FindElements(By.CssSelector("#flow li[data-status]")).Select(e => e.GetAttribute("data-status")));
        browser.WaitUntil(() => browser.Driver.FindElement(By.Id("decision")).Text.Contains("WH-SH", StringComparison.Ordinal), "the warehouse decision");
        Assert.Contains("Allocated → WH-SH", browser.Driver.FindElement(By.Id("decision-summary")).Text, StringComparison.Ordinal);
        Assert.StartsWith("Ranked by", browser.Driver.FindElement(By.Id("decision-criteria")).Text, StringComparison.Ordinal);
        Assert.NotEqual("–", browser.Driver.FindElement(By.CssSelector("#decision tr[data-warehouse='WH-SH'] .reason")).Text);

        // Marks this page load; the mark survives only if the flow updates without a reload.
        browser.Driver.ExecuteScript("window.sameLoad = true;");
        (await fixture.Http.PostAsJsonAsync($"/api/orders/{orderId}/outbound-scan", new { scanId = $"scan-{shop}", @operator = "packer-3" })).EnsureSuccessStatusCode();
        var outbound = browser.WaitFor("#flow li[data-status='Outbound']");
        Assert.Contains("packer-3", outbound.Text, StringComparison.Ordinal);
        Assert.Contains("+", outbound.FindElement(By.CssSelector(".since")).Text, StringComparison.Ordinal);
        Assert.Equal(true, browser.Driver.ExecuteScript("return window.sameLoad === true;"));

        browser.Driver.FindElement(By.Id("note-text")).SendKeys("Buyer asked to leave it at the gate.");
        browser.Driver.FindElement(By.Id("add-note")).Click();
        browser.WaitUntil(() => browser.Driver.FindElements(By.CssSelector("#notes li.note")).Any(n => n.Text.Contains("leave it at the gate", StringComparison.Ordinal)), "the new note");
        Assert.Equal("", browser.Driver.FindElement(By.Id("note-text")).GetAttribute("value"));
        browser.Driver.ExecuteScript("window.scrollTo(0, 0);");
        browser.Screenshot("order-flow");
    }

    [Fact]
    public async Task An_unknown_order_says_so()
    {
        using var browser = await fixture.SignedIn("customer-service");

        browser.Go("/console/orders/taobao:nowhere:404");

        Assert.Contains("was not found", browser.WaitFor("#not-found").Text, StringComparison.Ordinal);
        Assert.False(browser.Driver.FindElement(By.Id("order")).Displayed);
    }
}
