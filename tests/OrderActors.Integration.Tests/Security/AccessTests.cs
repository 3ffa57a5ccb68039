using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OrderActors.ClientApi.Security;

namespace OrderActors.Integration.Tests.Security;

/// <summary>Who may do what, over real HTTP against the whole system (docs/security.md).</summary>
[Collection(SystemCollection.Name)]
public sealed class AccessTests(SystemFixture system)
{
    private ApiFactory Api => system.Api;

    private HttpClient Admin => system.Http;

    /// <summary>One representative endpoint per scope; requests are shaped to fail validation or find nothing, so they change no state.</summary>
    public static TheoryData<string, string, string> Endpoints => new()
    {
        { Scopes.Read, "GET", "/api/warehouses" },
        { Scopes.Notes, "POST", "/api/orders/web:none:missing/tracking-links" },
        { Scopes.OrdersWrite, "POST", "/api/orders/web:none:missing/cancel" },
        { Scopes.ApprovalsDecide, "POST", "/api/approvals/web:none:missing/approve" },
        { Scopes.InventoryWrite, "PUT", "/api/inventory/NO-SUCH-SKU/NO-SUCH-WH" },
        { Scopes.RulesWrite, "PUT", "/api/routing/network-wide" },
        { Scopes.ChannelsWrite, "POST", "/api/channels/nochannel/noshop/pull" },
        { Scopes.CatalogWrite, "PUT", "/api/skus/%20" },
        { Scopes.FulfilmentWrite, "POST", "/api/returns/no-such-return/cancel" },
        { Scopes.Dashboard, "GET", "/dashboard/" },
        { Scopes.Admin, "GET", "/api/users" },
    };

    public static IEnumerable<object[]> RolesAndEndpoints() =>
        from role in Roles.All
        from endpoint in Endpoints
        select new object[] { role, endpoint[0], endpoint[1], endpoint[2] };

    [Theory]
    [MemberData(nameof(RolesAndEndpoints))]
    public async Task Each_role_reaches_exactly_the_endpoints_of_its_scopes(string role, string scope, string method, string path)
    {
        var (client, _) = await Sessions.SignedIn(Api, Admin, role);
        using var _client = client;

        var answer = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "GET" ? null : JsonContent.Create(new { }) });

        if (Roles.ScopesOf(role).Contains(scope))
        {
            Assert.NotEqual(HttpStatusCode.Unauthorized, answer.StatusCode);
            Assert.NotEqual(HttpStatusCode.Forbidden, answer.StatusCode);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
            Assert.Equal("urn:orderactors:problem:Forbidden", (await Problem(answer)).GetProperty("type").GetString());
        }
    }

    [Fact]
    public async Task An_api_key_holds_its_scopes_only_and_is_refused_once_revoked_expired_or_unknown()
    {
        var name = $"erp-{Guid.NewGuid():N}"[..20];
        var created = await (await Admin.PostAsJsonAsync("/api/api-keys", new { name, scopes = new[] { Scopes.OrdersWrite } })).Content.ReadFromJsonAsync<ApiKeysApi.CreatedApiKey>();
        using var erp = Sessions.WithKey(Api, created!.Key);

        // Reaches the endpoint, which then finds the request wanting (no order, no reason): past the access layer.
        Assert.Contains((await erp.PostAsync("/api/orders/web:none:missing/cancel", JsonContent.Create(new { }))).StatusCode, new[] { HttpStatusCode.BadRequest, HttpStatusCode.NotFound });
        Assert.Equal(HttpStatusCode.Forbidden, (await erp.GetAsync("/api/warehouses")).StatusCode);
        var me = await erp.GetFromJsonAsync<LoginApi.MeResponse>("/api/me");
        Assert.Equal($"key:{name}", me!.Name);
        Assert.Null(me.CsrfToken);

        var keys = await Admin.GetStringAsync("/api/api-keys");
        Assert.DoesNotContain(created.Key, keys, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, (await Admin.DeleteAsync($"/api/api-keys/{name}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await erp.PostAsync("/api/orders/web:none:missing/cancel", JsonContent.Create(new { }))).StatusCode);

        using var unknown = Sessions.WithKey(Api, "oa_" + new string('x', 43));
        Assert.Equal(HttpStatusCode.Unauthorized, (await unknown.GetAsync("/api/warehouses")).StatusCode);

        var later = $"late-{Guid.NewGuid():N}"[..20];
        var expiring = await (await Admin.PostAsJsonAsync("/api/api-keys", new { name = later, scopes = new[] { Scopes.Read }, expiresAt = DateTimeOffset.UtcNow.AddHours(1) }))
            .Content.ReadFromJsonAsync<ApiKeysApi.CreatedApiKey>();
        await Sql($"update auth_api_keys set expires_at = now() - interval '1 second' where name = '{later}'");
        using var expired = Sessions.WithKey(Api, expiring!.Key);
        var refused = await expired.GetAsync("/api/warehouses");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("unknown, revoked or expired", (await Problem(refused)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_dashboard_sends_a_signed_out_browser_to_login_refuses_customer_service_and_serves_an_operator()
    {
        using var anonymous = Sessions.Anonymous(Api);
        await AssertSentToLogin(anonymous, "/dashboard/", "/login?returnUrl=%2Fdashboard%2F");
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/dashboard/")).StatusCode);

        var (service, _) = await Sessions.SignedIn(Api, Admin, Roles.CustomerService);
        Assert.Equal(HttpStatusCode.Forbidden, (await service.GetAsync("/dashboard/")).StatusCode);

        var (op, _) = await Sessions.SignedIn(Api, Admin, Roles.Operator);
        var served = await op.GetAsync("/dashboard/");
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Contains("html", served.Content.Headers.ContentType!.MediaType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forged_an_expired_or_an_idle_session_is_refused()
    {
        using var forged = Sessions.Anonymous(Api);
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/me");
        request.Headers.Add("Cookie", $"{CallerResolver.SessionCookie}=forged-{Guid.NewGuid():N}");
        Assert.Equal(HttpStatusCode.Unauthorized, (await forged.SendAsync(request)).StatusCode);

        var (expired, expiredName) = await Sessions.SignedIn(Api, Admin, Roles.Operator);
        Assert.Equal(HttpStatusCode.OK, (await expired.GetAsync("/api/me")).StatusCode);
        await Sql($"update auth_sessions set expires_at = now() - interval '1 second' where user_name = '{expiredName}'");
        Assert.Equal(HttpStatusCode.Unauthorized, (await expired.GetAsync("/api/me")).StatusCode);

        var (idle, idleName) = await Sessions.SignedIn(Api, Admin, Roles.Operator);
        await Sql($"update auth_sessions set last_seen_at = now() - interval '3 hours' where user_name = '{idleName}'");
        Assert.Equal(HttpStatusCode.Unauthorized, (await idle.GetAsync("/api/warehouses")).StatusCode);
    }

    [Fact]
    public async Task Logout_ends_the_session_even_for_a_copy_of_the_cookie()
    {
        var name = await Sessions.NewUser(Admin, Roles.Approver);
        using var browser = Sessions.Anonymous(Api);
        var login = await Sessions.PostLogin(browser, name, Sessions.Password);
        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(CallerResolver.SessionCookie + "=", StringComparison.Ordinal)).Split(';')[0];
        Assert.Contains("httponly", login.Headers.GetValues("Set-Cookie").First(c => c.StartsWith(CallerResolver.SessionCookie, StringComparison.Ordinal)), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", login.Headers.GetValues("Set-Cookie").First(c => c.StartsWith(CallerResolver.SessionCookie, StringComparison.Ordinal)), StringComparison.OrdinalIgnoreCase);
        var me = await browser.GetFromJsonAsync<LoginApi.MeResponse>("/api/me");
        Assert.Equal(Roles.Approver, me!.Role);

        var withoutToken = await browser.PostAsync("/logout", new FormUrlEncodedContent(new Dictionary<string, string>()));
        Assert.Equal(HttpStatusCode.Forbidden, withoutToken.StatusCode);
        var logout = await browser.PostAsync("/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__csrf"] = me.CsrfToken! }));
        Assert.Equal(HttpStatusCode.SeeOther, logout.StatusCode);
        Assert.Equal("/login", logout.Headers.Location!.OriginalString);

        using var replay = Sessions.Anonymous(Api);
        var again = new HttpRequestMessage(HttpMethod.Get, "/api/me");
        again.Headers.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.Unauthorized, (await replay.SendAsync(again)).StatusCode);
    }

    [Fact]
    public async Task A_disabled_user_loses_access_at_once_and_cannot_sign_in_again()
    {
        var (client, name) = await Sessions.SignedIn(Api, Admin, Roles.Operator);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/warehouses")).StatusCode);

        (await Admin.PostAsync($"/api/users/{name}/disable", null)).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/warehouses")).StatusCode);
        using var again = Sessions.Anonymous(Api);
        var login = await Sessions.PostLogin(again, name, Sessions.Password);
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
        Assert.Contains("The user name or password is not right.", await login.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        (await Admin.PostAsync($"/api/users/{name}/enable", null)).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.SeeOther, (await Sessions.PostLogin(again, name, Sessions.Password)).StatusCode);
    }

    [Fact]
    public async Task A_signed_in_write_needs_the_sessions_csrf_token_and_an_api_key_write_does_not()
    {
        var (client, _) = await Sessions.SignedIn(Api, Admin, Roles.Operator);
        var token = client.DefaultRequestHeaders.GetValues(AccessMiddleware.CsrfHeader).Single();
        client.DefaultRequestHeaders.Remove(AccessMiddleware.CsrfHeader);
        var sku = $"CSRF-{Guid.NewGuid():N}"[..16];

        var missing = await client.PutAsJsonAsync($"/api/skus/{sku}", new { name = "Csrf test" });
        Assert.Equal(HttpStatusCode.Forbidden, missing.StatusCode);
        Assert.Equal("urn:orderactors:problem:CsrfTokenInvalid", (await Problem(missing)).GetProperty("type").GetString());

        var wrong = new HttpRequestMessage(HttpMethod.Put, $"/api/skus/{sku}") { Content = JsonContent.Create(new { name = "Csrf test" }) };
        wrong.Headers.Add(AccessMiddleware.CsrfHeader, token[..^2] + "xx");
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(wrong)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Admin.GetAsync($"/api/skus/{sku}")).StatusCode);

        var right = new HttpRequestMessage(HttpMethod.Put, $"/api/skus/{sku}") { Content = JsonContent.Create(new { name = "Csrf test" }) };
        right.Headers.Add(AccessMiddleware.CsrfHeader, token);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(right)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Admin.PutAsJsonAsync($"/api/skus/{sku}", new { name = "Csrf test" })).StatusCode);
    }

    [Fact]
    public async Task Sign_in_shows_one_error_for_wrong_password_and_unknown_user_redirects_only_locally_and_is_rate_limited_per_user()
    {
        var name = await Sessions.NewUser(Admin, Roles.CustomerService);
        using var browser = Sessions.Anonymous(Api);
        var wrong = await Sessions.PostLogin(browser, name, "not the password at all");
        var nobody = await Sessions.PostLogin(browser, $"nobody-{Guid.NewGuid():N}"[..20], "not the password at all");
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, nobody.StatusCode);
        Assert.Contains("The user name or password is not right.", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("The user name or password is not right.", await nobody.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var offsite = await Sessions.PostLogin(browser, name, Sessions.Password, "https://evil.example/console/");
        Assert.Equal(HttpStatusCode.SeeOther, offsite.StatusCode);
        Assert.Equal("/console/", offsite.Headers.Location!.OriginalString);
        var local = await Sessions.PostLogin(browser, name, Sessions.Password, "/console/orders?status=Paid");
        Assert.Equal("/console/orders?status=Paid", local.Headers.Location!.OriginalString);

        var target = $"guess-{Guid.NewGuid():N}"[..20];
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 11; i++)
        {
            statuses.Add((await Sessions.PostLogin(browser, target, $"guess number {i:D4}")).StatusCode);
        }

        Assert.All(statuses.Take(10), s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[10]);
    }

    [Fact]
    public async Task Refusals_are_problem_details_without_stack_traces()
    {
        using var anonymous = Sessions.Anonymous(Api);
        var (service, _) = await Sessions.SignedIn(Api, Admin, Roles.CustomerService);
        HttpResponseMessage[] answers =
        [
            await anonymous.PostAsync("/api/orders", JsonContent.Create(new { })),
            await service.PostAsync("/api/orders", JsonContent.Create(new { })),
            await Admin.PostAsync("/api/orders", new StringContent("{not json", Encoding.UTF8, "application/json")),
            await Admin.GetAsync("/api/orders/web:none:missing"),
        ];

        foreach (var answer in answers)
        {
            Assert.Equal("application/problem+json", answer.Content.Headers.ContentType!.MediaType);
            var body = await answer.Content.ReadAsStringAsync();
            Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Every_write_is_audited_with_its_actor_including_refused_and_anonymous_ones()
    {
        var (op, opName) = await Sessions.SignedIn(Api, Admin, Roles.Operator);
        var (service, serviceName) = await Sessions.SignedIn(Api, Admin, Roles.CustomerService);
        using var anonymous = Sessions.Anonymous(Api);
        var sku = $"AUD-{Guid.NewGuid():N}"[..16];

        Assert.Equal(HttpStatusCode.OK, (await op.PutAsJsonAsync($"/api/skus/{sku}", new { name = "Audited" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await service.PutAsJsonAsync($"/api/skus/{sku}", new { name = "Refused" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PutAsJsonAsync($"/api/skus/{sku}", new { name = "Anonymous" })).StatusCode);

        // The answer completes after the audit batch commits, so the rows are there now.
        var page = await Admin.GetFromJsonAsync<JsonElement>($"/api/audit?actor={opName}");
        var entry = page.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("path").GetString() == $"/api/skus/{sku}");
        Assert.Equal("PUT", entry.GetProperty("method").GetString());
        Assert.Equal("/api/skus/{sku}", entry.GetProperty("route").GetString());
        Assert.Equal(200, entry.GetProperty("status").GetInt32());
        Assert.Equal(1L, await system.Database.Scalar<long>($"select count(*) from audit_log where actor = '{serviceName}' and path = '/api/skus/{sku}' and status = 403"));
        Assert.Equal(1L, await system.Database.Scalar<long>($"select count(*) from audit_log where actor is null and path = '/api/skus/{sku}' and status = 401"));
        Assert.Equal(0L, await system.Database.Scalar<long>($"select count(*) from audit_log where actor = '{opName}' and method = 'GET'"));
    }

    [Fact]
    public async Task Every_endpoint_declares_a_scope_or_why_it_is_public()
    {
        var endpoints = Api.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        Assert.NotEmpty(endpoints);
        var unclassified = endpoints
            .Where(e => e.Metadata.LastOrDefault(m => m is ScopeRequirement or PublicAccess) switch
            {
                ScopeRequirement s => !Scopes.All.Contains(s.Scope),
                PublicAccess p => string.IsNullOrWhiteSpace(p.Reason),
                _ => true,
            })
            .Select(e => $"{string.Join(',', e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [])} {e.RoutePattern.RawText}")
            .ToList();
        Assert.True(unclassified.Count == 0, "Endpoints with neither RequireScope nor PublicAccess:\n" + string.Join('\n', unclassified));

        // And the access layer refuses such an endpoint rather than letting it through.
        using var scope = Api.Services.CreateScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Request.Method = "GET";
        context.Response.Body = new MemoryStream();
        var reached = false;
        context.SetEndpoint(new Endpoint(_ => { reached = true; return Task.CompletedTask; }, EndpointMetadataCollection.Empty, "unclassified"));
        var middleware = ActivatorUtilities.CreateInstance<AccessMiddleware>(scope.ServiceProvider, (RequestDelegate)(c => c.GetEndpoint()!.RequestDelegate!(c)));
        await middleware.InvokeAsync(context);
        Assert.False(reached);
        Assert.Equal(StatusCodes.Status403Forbidden, context.Response.StatusCode);
    }

    [Fact]
    public async Task The_root_leads_to_the_console_and_a_signed_out_console_page_to_login()
    {
        using var anonymous = Sessions.Anonymous(Api);
        Assert.Equal("/console/", (await anonymous.GetAsync("/")).Headers.Location!.OriginalString);
        await AssertSentToLogin(anonymous, "/console/users?tab=keys", "/login?returnUrl=%2Fconsole%2Fusers%3Ftab%3Dkeys");
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/me")).StatusCode);
    }

    /// <summary>A browser (asking for HTML) opening <paramref name="path"/> signed out is redirected to <paramref name="login"/>.</summary>
    private static async Task AssertSentToLogin(HttpClient browser, string path, string login)
    {
        using var page = new HttpRequestMessage(HttpMethod.Get, path);
        page.Headers.Accept.ParseAdd("text/html");
        var answer = await browser.SendAsync(page);
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal(login, answer.Headers.Location!.OriginalString);
    }

    private async Task Sql(string sql) =>
        await system.Database.Scalar<long>($"with changed as ({sql} returning 1) select count(*) from changed");

    private static async Task<JsonElement> Problem(HttpResponseMessage answer) =>
        await answer.Content.ReadFromJsonAsync<JsonElement>();
}
