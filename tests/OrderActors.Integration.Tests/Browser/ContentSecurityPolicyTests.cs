using OpenQA.Selenium;

namespace OrderActors.Integration.Tests.Browser;

/// <summary>The console works under its Content-Security-Policy, and links built from data cannot run script (docs/security.md).</summary>
[Collection(ConsoleCollection.Name)]
public sealed class ContentSecurityPolicyTests(ConsoleFixture fixture)
{
    [Fact]
    public async Task The_console_draws_under_its_policy_without_violations_and_oa_el_keeps_script_urls_out_of_links()
    {
        using var browser = await fixture.SignedIn("admin");
        foreach (var (path, ready) in new[] { ("/console/", "#backlog tr"), ("/console/users", "#users tr"), ("/console/orders", "main") })
        {
            browser.Go(path);
            browser.WaitFor(ready);
        }

        var js = (IJavaScriptExecutor)browser.Driver;
        var outcome = (string)js.ExecuteScript(
            """
            const a = oa.el('a', { href: 'javascript:alert(1)' }, 'x');
            const d = oa.el('a', { href: 'data:text/html,<script>alert(1)</script>' }, 'x');
            const ok = oa.el('a', { href: '/console/orders?id=1' }, 'x');
            const web = oa.el('a', { href: 'https://example.org/t/abc' }, 'x');
            const styled = oa.el('span', { style: 'width: 12px' });
            return [a.hasAttribute('href'), d.hasAttribute('href'), ok.getAttribute('href'), web.getAttribute('href'), styled.style.width].join('|');
            """)!;
        Assert.Equal("false|false|/console/orders?id=1|https://example.org/t/abc|12px", outcome);

        var violations = browser.BrowserLog().Where(l => l.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(violations.Count == 0, "CSP violations:\n" + string.Join('\n', violations));
    }
}
