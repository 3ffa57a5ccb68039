using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using OrderActors.ClientApi.Security;

namespace OrderActors.Integration.Tests.Security;

/// <summary>Callers as the access tests need them: a browser-like client (cookies, no redirects followed, no key), users of a role, sign-in over the form.</summary>
internal static partial class Sessions
{
    public const string Password = "correct horse battery staple";

    /// <summary>A client without credentials that keeps cookies and shows redirects instead of following them.</summary>
    public static HttpClient Anonymous(ApiFactory api)
    {
        var client = api.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.Remove(CallerResolver.ApiKeyHeader);
        return client;
    }

    /// <summary>A client with only this API key.</summary>
    public static HttpClient WithKey(ApiFactory api, string key)
    {
        var client = Anonymous(api);
        client.DefaultRequestHeaders.Add(CallerResolver.ApiKeyHeader, key);
        return client;
    }

    /// <summary>Creates a user with the role through the admin API (as <paramref name="admin"/>); returns the name.</summary>
    public static async Task<string> NewUser(HttpClient admin, string role)
    {
        var name = $"{role}-{Guid.NewGuid():N}"[..30];
        (await admin.PostAsJsonAsync("/api/users", new { name, displayName = $"Test {role}", role, password = Password })).EnsureSuccessStatusCode();
        return name;
    }

    /// <summary>Posts the sign-in form as a browser does: the form's CSRF token and cookie first.</summary>
    public static async Task<HttpResponseMessage> PostLogin(HttpClient client, string name, string password, string returnUrl = "/console/")
    {
        var form = await client.GetStringAsync("/login");
        var csrf = CsrfField().Match(form).Groups[1].Value;
        return await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["username"] = name,
            ["password"] = password,
            ["returnUrl"] = returnUrl,
            ["__csrf"] = csrf,
        }));
    }

    /// <summary>A signed-in client of a new user with the role, sending the session's CSRF token on writes as console.js does.</summary>
    public static async Task<(HttpClient Client, string Name)> SignedIn(ApiFactory api, HttpClient admin, string role)
    {
        var name = await NewUser(admin, role);
        var client = Anonymous(api);
        var login = await PostLogin(client, name, Password);
        Assert.Equal(HttpStatusCode.SeeOther, login.StatusCode);
        var me = await client.GetFromJsonAsync<LoginApi.MeResponse>("/api/me");
        client.DefaultRequestHeaders.Add(AccessMiddleware.CsrfHeader, me!.CsrfToken);
        return (client, name);
    }

    [GeneratedRegex("name=\"__csrf\" value=\"([^\"]+)\"")]
    private static partial Regex CsrfField();
}
