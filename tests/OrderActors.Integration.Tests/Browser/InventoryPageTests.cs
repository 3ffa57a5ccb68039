using System.Net.Http.Json;
using System.Text.Json;
using OpenQA.Selenium;

namespace OrderActors.Integration.Tests.Browser;

/// <summary>Inventory: a SKU's stock in every warehouse, live (changes made elsewhere appear), and adjusted through the form.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class InventoryPageTests(ConsoleFixture fixture)
{
    private const string Sku = "INV-LIVE";

    [Fact]
    public async Task A_stock_change_made_elsewhere_appears_without_a_reload_and_an_operator_adjusts_a_cell_through_the_form()
    {
        (await fixture.Http.PutAsJsonAsync($"/api/skus/{Sku}", new { name = "Live stock tea" })).EnsureSuccessStatusCode();
        (await fixture.Http.PutAsJsonAsync($"/api/inventory/{Sku}/WH-SH", new { onHand = 10, safetyStock = 1 })).EnsureSuccessStatusCode();
        (await fixture.Http.PutAsJsonAsync($"/api/inventory/{Sku}/WH-GZ", new { onHand = 4 })).EnsureSuccessStatusCode();

        using var browser = await fixture.SignedIn("operator");
        browser.Go($"/console/inventory?sku={Sku}");
        browser.WaitUntil(() => Cell(browser, "WH-SH", "onHand") == "10" && Cell(browser, "WH-GZ", "onHand") == "4", "the stock of both warehouses");
        Assert.Equal("9", Cell(browser, "WH-SH", "available"));
        Assert.Equal("14", Total(browser, "onHand"));
        Assert.Equal(Sku, browser.Driver.FindElement(By.Id("sku")).GetDomProperty("value"));

        // A count from the warehouse, through the API: the cell and the total change on the page, highlighted.
        browser.Driver.ExecuteScript("window.notReloaded = true;");
        (await fixture.Http.PutAsJsonAsync($"/api/inventory/{Sku}/WH-SH", new { onHand = 37 })).EnsureSuccessStatusCode();
        browser.WaitUntil(() => Cell(browser, "WH-SH", "onHand") == "37", "the new on-hand stock", TimeSpan.FromSeconds(10));
        Assert.Contains("changed", CellElement(browser, "WH-SH", "onHand").GetAttribute("class"), StringComparison.Ordinal);
        browser.WaitUntil(() => Total(browser, "onHand") == "41", "the new total");

        // An order reserves a unit: reserved and available move on their own too.
        (await fixture.Http.Submit(OrderRequests.Valid(Sku, 2, "上海"), "inv-live-order")).EnsureSuccessStatusCode();
        browser.WaitUntil(() => Cell(browser, "WH-SH", "reserved") == "2" && Cell(browser, "WH-SH", "available") == "34", "the reservation", TimeSpan.FromSeconds(10));
        Assert.Equal(true, browser.Driver.ExecuteScript("return window.notReloaded === true;"));

        // The operator counts Guangzhou through the form.
        browser.Driver.FindElement(By.CssSelector("#stock tr[data-warehouse='WH-GZ'] button.adjust")).Click();
        var form = browser.WaitFor("#adjust-form");
        Type(form.FindElement(By.Name("onHand")), "9");
        Type(form.FindElement(By.Name("safetyStock")), "2");
        browser.Driver.FindElement(By.Id("adjust-save")).Click();
        browser.WaitUntil(() => Cell(browser, "WH-GZ", "onHand") == "9" && Cell(browser, "WH-GZ", "safetyStock") == "2", "the adjusted cell");
        var gz = await fixture.Http.GetFromJsonAsync<JsonElement>($"/api/inventory/{Sku}/WH-GZ");
        Assert.Equal((9, 2), (gz.GetProperty("onHand").GetInt32(), gz.GetProperty("safetyStock").GetInt32()));

        // Freezing without a reason is refused: the problem details are shown by the form. With a reason it is frozen.
        browser.Driver.FindElement(By.Id("freeze")).Click();
        var error = browser.WaitFor("#adjust-error");
        Assert.Contains("reason", error.Text, StringComparison.Ordinal);
        Type(browser.Driver.FindElement(By.CssSelector("#freeze-form input[name='reason']")), "stock count");
        browser.Driver.FindElement(By.Id("freeze")).Click();
        browser.WaitUntil(() => Cell(browser, "WH-GZ", "frozen") == "frozen", "the frozen cell");
        Assert.True((await fixture.Http.GetFromJsonAsync<JsonElement>($"/api/inventory/{Sku}/WH-GZ")).GetProperty("frozen").GetBoolean());
        browser.Screenshot("inventory");
    }

    private static IWebElement CellElement(ConsoleBrowser browser, string warehouse, string field) =>
        browser.Driver.FindElement(By.CssSelector($"#stock tr[data-warehouse='{warehouse}'] td[data-field='{field}']"));

    private static string? Cell(ConsoleBrowser browser, string warehouse, string field) =>
        browser.Driver.FindElements(By.CssSelector($"#stock tr[data-warehouse='{warehouse}'] td[data-field='{field}']")).FirstOrDefault()?.Text;

    private static string? Total(ConsoleBrowser browser, string field) =>
        browser.Driver.FindElements(By.CssSelector($"#totals [data-field='{field}']")).FirstOrDefault()?.Text;

    private static void Type(IWebElement input, string text)
    {
        input.Clear();
        input.SendKeys(text);
    }
}
