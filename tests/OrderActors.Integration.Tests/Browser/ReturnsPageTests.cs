using System.Net.Http.Json;
using System.Text.Json;
using OpenQA.Selenium;

namespace OrderActors.Integration.Tests.Browser;

/// <summary>/console/returns: a return is received and passes QC on the page; the sellable stock shown goes up.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class ReturnsPageTests(ConsoleFixture fixture)
{
    [Fact]
    public async Task An_operator_receives_a_return_passes_qc_and_sees_the_stock_come_back()
    {
        var http = fixture.Http;
        var orderId = await ConsoleOrders.Submit(http, "上海", "上海", quantity: 2);
        Assert.Equal("Shipped", (await ConsoleOrders.ScanOutAndBind(http, orderId)).GetProperty("status").GetString());
        var returnId = await ConsoleOrders.OpenReturn(http, orderId, 2, "SizeOrFit", "too big a tin");

        using var browser = await fixture.SignedIn("operator");
        browser.Go("/console/returns");
        var row = browser.WaitFor($"#returns tr[data-return-id='{returnId}']");
        Assert.Contains("SizeOrFit", row.Text, StringComparison.Ordinal);
        Assert.Contains("TEA-1 × 2", row.Text, StringComparison.Ordinal);

        row.FindElement(By.CssSelector("select.receive-warehouse option[value='WH-SH']")).Click();
        row.FindElement(By.CssSelector("button.receive")).Click();
        browser.WaitUntil(() => Available(browser, returnId) is not null, "the sellable stock next to the line once the warehouse is known");
        var before = Available(browser, returnId)!.Value;
        var expected = (await http.GetFromJsonAsync<JsonElement>("/api/inventory/TEA-1/WH-SH")).GetProperty("available").GetInt32();
        Assert.Equal(expected, before);

        browser.WaitFor($"#returns tr[data-return-id='{returnId}'] button.qc").Click();
        browser.WaitUntil(() => Available(browser, returnId) == before + 2, "the sellable stock to show the two units back");
        Assert.Contains("QcPassed", browser.Driver.FindElement(By.CssSelector($"#returns tr[data-return-id='{returnId}'] .state")).Text, StringComparison.Ordinal);
        Assert.Equal(before + 2, (await http.GetFromJsonAsync<JsonElement>("/api/inventory/TEA-1/WH-SH")).GetProperty("available").GetInt32());
        browser.Screenshot("returns");
    }

    /// <summary>The sellable stock shown next to the TEA-1 line, or null while none is shown (or the row is being redrawn).</summary>
    private static int? Available(ConsoleBrowser browser, string returnId)
    {
        try
        {
            var shown = browser.Driver.FindElements(By.CssSelector($"#returns tr[data-return-id='{returnId}'] li.return-line[data-sku='TEA-1'] .stock"));
            return shown.Count == 0 ? null : int.Parse(shown[0].GetDomAttribute("data-available")!, System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (StaleElementReferenceException)
        {
            return null;
        }
    }
}
