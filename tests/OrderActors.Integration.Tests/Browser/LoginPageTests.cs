using OpenQA.Selenium;

namespace OrderActors.Integration.Tests.Browser;

[Collection(ConsoleCollection.Name)]
public sealed class LoginPageTests(ConsoleFixture fixture)
{
    [Fact]
    public async Task A_wrong_password_shows_an_error_the_right_one_lands_on_the_page_asked_for_and_sign_out_ends_it()
    {
        var (name, password) = await fixture.NewUser("admin");
        using var browser = ConsoleBrowser.Start(fixture.BaseUrl);

        browser.Go("/console/users");
        browser.WaitUntil(() => new Uri(browser.Driver.Url).AbsolutePath == "/login", "the sign-in page for a signed-out visitor");
        browser.WaitFor("#username").SendKeys(name);
        browser.Driver.FindElement(By.Id("password")).SendKeys("not the password");
        browser.Driver.FindElement(By.Id("sign-in")).Click();
        Assert.Equal("The user name or password is not right.", browser.WaitFor("#login-error").Text);
        Assert.Equal(name, browser.Driver.FindElement(By.Id("username")).GetAttribute("value"));
        browser.Screenshot("login");

        browser.Driver.FindElement(By.Id("password")).SendKeys(password);
        browser.Driver.FindElement(By.Id("sign-in")).Click();
        browser.WaitUntil(() => new Uri(browser.Driver.Url).AbsolutePath == "/console/users", "the users page asked for before signing in");
        Assert.Contains(name, browser.WaitFor(".oa-who").Text, StringComparison.Ordinal);

        browser.WaitFor("#sign-out").Click();
        browser.WaitUntil(() => new Uri(browser.Driver.Url).AbsolutePath == "/login", "the sign-in page after signing out");
        browser.Go("/console/users");
        browser.WaitUntil(() => new Uri(browser.Driver.Url).AbsolutePath == "/login", "the sign-in page again: the session ended");
    }
}
