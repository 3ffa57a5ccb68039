using System.Net.Http.Json;
using System.Text.Json;
using OpenQA.Selenium;

namespace OrderActors.Integration.Tests.Browser;

/// <summary>/console/approvals: a held shipment is decided on the page by the signed-in approver.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class ApprovalsPageTests(ConsoleFixture fixture)
{
    [Fact]
    public async Task An_approver_approves_a_held_shipment_it_leaves_the_queue_and_ships_in_their_name()
    {
        var http = fixture.Http;
        await ConsoleOrders.HoldShipmentsWorth(http, "big-ticket", 80_000_000L);
        try
        {
            var orderId = await ConsoleOrders.Submit(http, "上海", "上海", unitPriceFen: 88_000_000L);
            var held = await ConsoleOrders.ScanOutAndBind(http, orderId);
            Assert.True(held.TryGetProperty("fulfilment", out var f) && f.TryGetProperty("approval", out var a) && a.GetProperty("status").GetString() == "Pending", held.ToString());

            using var browser = await fixture.SignedIn("approver");
            browser.Go("/console/approvals");
            var row = browser.WaitFor($"#queue tr[data-order-id='{orderId}']");
            Assert.Contains("big-ticket", row.Text, StringComparison.Ordinal);
            Assert.Contains("¥880000.00", row.Text, StringComparison.Ordinal);
            Assert.Contains("web", row.Text, StringComparison.Ordinal);
            browser.Screenshot("approvals");

            // Rejecting needs a comment: the API's field error shows in the row, and the shipment stays queued.
            row.FindElement(By.CssSelector("button.reject")).Click();
            browser.WaitFor($"#queue tr[data-order-id='{orderId}'] .field-errors li[data-field='comment']");
            Assert.Equal("Pending", (await ConsoleOrders.Get(http, orderId)).GetProperty("fulfilment").GetProperty("approval").GetProperty("status").GetString());

            row = browser.WaitFor($"#queue tr[data-order-id='{orderId}']");
            row.FindElement(By.CssSelector("input.comment")).SendKeys("value checked with the customer");
            row.FindElement(By.CssSelector("button.approve")).Click();
            browser.WaitUntil(() => browser.Driver.FindElements(By.CssSelector($"#queue tr[data-order-id='{orderId}']")).Count == 0, "the approved order to leave the queue");
            var approver = ConsoleOrders.UserName(browser);
            browser.WaitUntil(() => browser.Driver.FindElements(By.CssSelector($"#decisions tr[data-order-id='{orderId}'] .decided-by")).Any(e => e.Text == approver), "the decision to be listed");

            var order = await ConsoleOrders.Get(http, orderId);
            Assert.Equal("Shipped", order.GetProperty("status").GetString());
            var shipped = order.GetProperty("history").EnumerateArray().Last(h => h.GetProperty("status").GetString() == "Shipped");
            Assert.Equal(approver, shipped.GetProperty("actor").GetString());

        }
        finally
        {
            await ConsoleOrders.HoldNoShipments(http);
        }
    }
}
