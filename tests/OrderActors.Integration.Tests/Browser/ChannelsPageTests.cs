extern alias sims;

using System.Net.Http.Json;
using System.Text.Json;
using OpenQA.Selenium;
using sims::OrderActors.Simulators;
using sims::OrderActors.Simulators.Top;

namespace OrderActors.Integration.Tests.Browser;

/// <summary>Channel health: every shop with its token and alerts, and "Pull now" pulling from the Taobao simulator.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class ChannelsPageTests(ConsoleFixture fixture)
{
    [Fact]
    public async Task The_shops_are_listed_with_their_token_state_and_Pull_now_pulls_the_shops_new_order_and_reports_it()
    {
        const string shop = "console-tb";
        (await fixture.Http.PutAsJsonAsync("/api/skus/PULL-1", new { name = "Pulled tea" })).EnsureSuccessStatusCode();
        (await fixture.Http.PutAsJsonAsync("/api/inventory/PULL-1/WH-SH", new { onHand = 5 })).EnsureSuccessStatusCode();
        var session = await (await fixture.Marketplace.PostAsJsonAsync("sim/top/sessions", new SimSessionRequest(shop))).Content.ReadFromJsonAsync<SimSession>();
        (await fixture.Http.PutAsJsonAsync($"/api/channels/taobao/{shop}", new
        {
            accessToken = session!.AccessToken,
            accessTokenExpiresAt = session.ExpiresAt,
            refreshToken = session.RefreshToken,
            firstPullFrom = DateTimeOffset.UtcNow.AddHours(-2),
            enabled = false,
        })).EnsureSuccessStatusCode();
        (await fixture.Http.PutAsJsonAsync("/api/channels/jd/console-expired", new { accessToken = "old", accessTokenExpiresAt = DateTimeOffset.UtcNow.AddDays(-1), enabled = false }))
            .EnsureSuccessStatusCode();

        const long tid = 990001;
        var paidAt = DateTimeOffset.UtcNow.AddMinutes(-10);
        (await fixture.Marketplace.PutAsJsonAsync($"sim/top/shops/{shop}/trades", new[]
        {
            new SimTrade(tid, "WAIT_SELLER_SEND_GOODS", paidAt.AddMinutes(-1), paidAt, paidAt, 3300, 3300, 0, "buyer",
                new SimAddress("韩梅梅", "13900139000", "上海", "上海市", "黄浦区", "南京东路1号", "200000"),
                [new SimLine(tid * 10, 600001, null, "PULL-1", "PULL-1", "tea", 1, 3300, 3300, 3300, "WAIT_SELLER_SEND_GOODS")]),
        })).EnsureSuccessStatusCode();

        using var browser = await fixture.SignedIn("operator");
        browser.Go("/console/channels");
        var row = browser.WaitFor($"#shops tr[data-shop='taobao:{shop}']");
        Assert.Contains("never", row.FindElement(By.CssSelector("td[data-field='lastPull']")).Text, StringComparison.Ordinal);
        browser.WaitFor("#shops tr[data-shop='jd:console-expired'] [data-token='expired']");

        row.FindElement(By.CssSelector("button.pull-now")).Click();
        var outcome = browser.WaitFor("#pull-outcome", TimeSpan.FromSeconds(60));
        Assert.Equal("ok", outcome.GetAttribute("data-outcome"));
        Assert.Equal($"taobao:{shop}", browser.Driver.FindElement(By.Id("pull-shop")).Text);
        Assert.Equal("1", browser.Driver.FindElement(By.CssSelector("#pull-result td[data-figure='New']")).Text);
        Assert.Equal("1", browser.Driver.FindElement(By.CssSelector("#pull-result td[data-figure='Trades read']")).Text);

        // The pull really brought the order in, and the shop's row now shows its last pull.
        var order = await fixture.Http.GetFromJsonAsync<JsonElement>($"/api/orders/{Uri.EscapeDataString($"taobao:{shop}:{tid}")}");
        Assert.Equal("PULL-1", order.GetProperty("order").GetProperty("lines")[0].GetProperty("sku").GetString());
        browser.WaitUntil(
            () => !browser.Driver.FindElement(By.CssSelector($"#shops tr[data-shop='taobao:{shop}'] td[data-field='lastPull']")).Text.StartsWith("never", StringComparison.Ordinal),
            "the last pull in the shop's row");
        browser.Screenshot("channels");
    }
}
