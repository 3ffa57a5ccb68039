using OpenQA.Selenium;

namespace OrderActors.Integration.Tests.Browser;

/// <summary>Customer service reads the rules, approvals and returns pages but gets none of the buttons that change them.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class ReadOnlyQueuesTests(ConsoleFixture fixture)
{
    [Fact]
    public async Task A_customer_service_user_sees_the_queues_without_approve_activate_or_qc_buttons()
    {
        var http = fixture.Http;
        await ConsoleOrders.HoldShipmentsWorth(http, "cs-view", 70_000_000L);
        try
        {
            var held = await ConsoleOrders.Submit(http, "上海", "上海", unitPriceFen: 77_000_000L);
            await ConsoleOrders.ScanOutAndBind(http, held);
            var shipped = await ConsoleOrders.Submit(http, "上海", "上海");
            await ConsoleOrders.ScanOutAndBind(http, shipped);
            await ConsoleOrders.HoldNoShipments(http);
            var returnId = await ConsoleOrders.OpenReturn(http, shipped, 1, "NoReason");

            using var browser = await fixture.SignedIn("customer-service");
            browser.Go("/console/approvals");
            var row = browser.WaitFor($"#queue tr[data-order-id='{held}']");
            Assert.Empty(row.FindElements(By.CssSelector("button")));
            Assert.False(browser.Driver.FindElement(By.Id("rules-editor")).Displayed);

            browser.Go("/console/returns");
            row = browser.WaitFor($"#returns tr[data-return-id='{returnId}']");
            Assert.Empty(row.FindElements(By.CssSelector("button")));

            browser.Go("/console/rules");
            browser.WaitFor("#versions tbody tr");
            Assert.Empty(browser.Driver.FindElements(By.CssSelector("button.edit-version")));
            Assert.False(browser.Driver.FindElement(By.Id("editor-panel")).Displayed);
            Assert.False(browser.Driver.FindElement(By.Id("test-panel")).Displayed);
        }
        finally
        {
            await ConsoleOrders.HoldNoShipments(http);
        }
    }
}
