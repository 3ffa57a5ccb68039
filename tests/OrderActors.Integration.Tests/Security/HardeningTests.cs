using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using OrderActors.ClientApi.OperatorConsole;
using OrderActors.ClientApi.Security;

namespace OrderActors.Integration.Tests.Security;

/// <summary>The findings of the access layer's review, each held by a test (docs/security.md, "Hardening").</summary>
[Collection(SystemCollection.Name)]
public sealed partial class HardeningTests(SystemFixture system)
{
    private ApiFactory Api => system.Api;

    [Fact]
    public async Task Every_answer_forbids_sniffing_framing_and_referrers_and_the_pages_run_only_the_sites_own_scripts()
    {
        using var anonymous = Sessions.Anonymous(Api);
        var login = await anonymous.GetAsync("/login");
        AssertPageHeaders(login);
        var (op, _) = await Sessions.SignedIn(Api, system.Http, Roles.Operator);
        AssertPageHeaders(await op.GetAsync("/console/orders"));

        var api = await system.Http.GetAsync("/api/warehouses");
        Assert.Equal("nosniff", api.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", api.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", api.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("nosniff", (await anonymous.GetAsync("/api/me")).Headers.GetValues("X-Content-Type-Options").Single());

        // GET /api/me holds the CSRF token: no cache keeps it.
        Assert.Equal("no-store", (await op.GetAsync("/api/me")).Headers.CacheControl!.ToString());
    }

    [Fact]
    public void The_console_pages_have_no_inline_script_style_or_event_handler_which_the_policy_would_block()
    {
        var assembly = typeof(ConsoleAssets).Assembly;
        var pages = assembly.GetManifestResourceNames().Where(n => n.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(pages);
        foreach (var page in pages)
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(page)!);
            var html = reader.ReadToEnd();
            Assert.False(InlineScript().IsMatch(html), $"{page} has an inline <script>");
            Assert.False(InlineStyle().IsMatch(html), $"{page} has a style attribute or <style> element");
            Assert.False(EventAttribute().IsMatch(html), $"{page} has an on* event attribute");
        }

        // The login page is rendered on the server: the same holds for it.
        var form = typeof(LoginApi).Assembly.GetType("OrderActors.ClientApi.Security.LoginPage")!
            .GetMethod("Render")!.Invoke(null, ["token", "/console/", "<b>x</b>", "error"]) as string;
        Assert.False(InlineScript().IsMatch(form!) || InlineStyle().IsMatch(form!) || EventAttribute().IsMatch(form!));
        Assert.Contains("&lt;b&gt;x&lt;/b&gt;", form, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("//evil.example/console/")]
    [InlineData("/\\evil.example/console/")]
    [InlineData("/console/caf\u00e9")]
    [InlineData("/console/\r\nSet-Cookie: a=b")]
    [InlineData("/console/ orders")]
    [InlineData("javascript:alert(1)")]
    [InlineData("https://evil.example/")]
    public async Task Sign_in_returns_only_to_a_printable_path_of_this_site(string returnUrl)
    {
        var name = await Sessions.NewUser(system.Http, Roles.CustomerService);
        using var browser = Sessions.Anonymous(Api);

        var form = await browser.GetStringAsync(LoginApi.LoginUrl(returnUrl));
        Assert.Contains("name=\"returnUrl\" value=\"/console/\"", form, StringComparison.Ordinal);
        var answer = await Sessions.PostLogin(browser, name, Sessions.Password, returnUrl);
        Assert.Equal(HttpStatusCode.SeeOther, answer.StatusCode);
        Assert.Equal(LoginApi.DefaultLanding, answer.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Signing_in_again_ends_the_session_the_browser_had_and_gives_a_new_token()
    {
        var first = await Sessions.NewUser(system.Http, Roles.Operator);
        var second = await Sessions.NewUser(system.Http, Roles.CustomerService);
        using var browser = Sessions.Anonymous(Api);
        var earlier = SessionCookie(await Sessions.PostLogin(browser, first, Sessions.Password));
        Assert.Equal(first, (await browser.GetFromJsonAsync<LoginApi.MeResponse>("/api/me"))!.Name);

        var later = SessionCookie(await Sessions.PostLogin(browser, second, Sessions.Password));
        Assert.NotEqual(earlier, later);
        Assert.Equal(second, (await browser.GetFromJsonAsync<LoginApi.MeResponse>("/api/me"))!.Name);

        using var replay = Sessions.Anonymous(Api);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/me");
        request.Headers.Add("Cookie", earlier);
        Assert.Equal(HttpStatusCode.Unauthorized, (await replay.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task An_entry_recorded_while_the_audit_log_stops_is_still_written_and_does_not_hang_the_request()
    {
        var log = new AuditLog(Api.Services.GetRequiredService<NpgsqlDataSource>(), NullLogger<AuditLog>.Instance);
        await log.StartAsync(CancellationToken.None);
        await log.StopAsync(CancellationToken.None);
        var path = $"/api/audit-at-stop/{Guid.NewGuid():N}";

        await log.Record(new AuditEntry(0, DateTimeOffset.UtcNow, "reviewer", "POST", null, path, 200, null, null), CancellationToken.None)
            .WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(1L, await system.Database.Scalar<long>($"select count(*) from audit_log where path = '{path}'"));
    }

    [Fact]
    public async Task A_write_whose_client_hung_up_is_still_audited()
    {
        var log = Api.Services.GetRequiredService<AuditLog>();
        var path = $"/api/audit-hung-up/{Guid.NewGuid():N}";
        using var aborted = new CancellationTokenSource();
        await aborted.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            log.Record(new AuditEntry(0, DateTimeOffset.UtcNow, "reviewer", "POST", null, path, 200, null, null), aborted.Token));

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (await system.Database.Scalar<long>($"select count(*) from audit_log where path = '{path}'") == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.Equal(1L, await system.Database.Scalar<long>($"select count(*) from audit_log where path = '{path}'"));
    }

    [Fact]
    public void Guessing_one_users_password_closes_sign_in_to_the_guessing_address_only()
    {
        using var throttle = new LoginThrottle(Options.Create(new AuthOptions { LoginAttemptsPerUser = 10, LoginAttemptsPerAddress = 60 }));
        for (var i = 0; i < 10; i++)
        {
            Assert.True(throttle.TryAttempt("192.0.2.1", "alice"));
        }

        Assert.False(throttle.TryAttempt("192.0.2.1", "Alice"));
        Assert.True(throttle.TryAttempt("198.51.100.7", "alice"));
        Assert.True(throttle.TryAttempt("192.0.2.1", "bob"));
    }

    private static void AssertPageHeaders(HttpResponseMessage page)
    {
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var policy = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", page.Headers.GetValues("X-Frame-Options").Single());
    }

    private static string SessionCookie(HttpResponseMessage login)
    {
        Assert.Equal(HttpStatusCode.SeeOther, login.StatusCode);
        return login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(CallerResolver.SessionCookie + "=", StringComparison.Ordinal)).Split(';')[0];
    }

    [GeneratedRegex(@"<script(?![^>]*\ssrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"\sstyle\s*=|<style", RegexOptions.IgnoreCase)]
    private static partial Regex InlineStyle();

    [GeneratedRegex(@"<[^>]*\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventAttribute();
}
