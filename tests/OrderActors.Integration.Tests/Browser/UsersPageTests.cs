using System.Net.Http.Json;
using System.Text.Json;
using OpenQA.Selenium;

namespace OrderActors.Integration.Tests.Browser;

[Collection(ConsoleCollection.Name)]
public sealed class UsersPageTests(ConsoleFixture fixture)
{
    [Fact]
    public async Task An_admin_creates_a_user_who_then_exists_with_that_role()
    {
        using var browser = await fixture.SignedIn("admin");
        var name = $"cs-{Guid.NewGuid():N}"[..16];

        browser.Go("/console/users");
        browser.WaitFor("#users tr");
        browser.Driver.FindElement(By.Id("new-user-name")).SendKeys(name);
        browser.Driver.FindElement(By.Id("new-user-display")).SendKeys("Customer Service Desk");
        browser.Driver.FindElement(By.CssSelector("#new-user-role option[value='customer-service']")).Click();
        browser.Driver.FindElement(By.Id("new-user-password")).SendKeys("a long enough password");
        browser.Driver.FindElement(By.Id("create-user")).Click();

        var row = browser.WaitFor($"tr[data-user='{name}']");
        Assert.Contains("Customer Service Desk", row.Text, StringComparison.Ordinal);
        browser.WaitUntil(() => browser.Driver.FindElements(By.CssSelector("#audit tr")).Any(r => r.Text.Contains("/api/users", StringComparison.Ordinal)),
            "the audit log showing the user's creation");
        browser.Screenshot("users");

        var users = await fixture.Http.GetFromJsonAsync<JsonElement>("/api/users");
        var created = users.EnumerateArray().Single(u => u.GetProperty("name").GetString() == name);
        Assert.Equal("customer-service", created.GetProperty("role").GetString());
        Assert.False(created.GetProperty("disabled").GetBoolean());
    }
}
