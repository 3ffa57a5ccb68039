using System.Text.Encodings.Web;

namespace OrderActors.ClientApi.Security;

/// <summary>The sign-in form, rendered on the server so it carries its CSRF token without a script; every value is HTML-encoded.</summary>
internal static class LoginPage
{
    public static string Render(string csrfToken, string returnUrl, string? userName, string? error)
    {
        var h = HtmlEncoder.Default;
        var alert = error is null ? "" : $"""<div id="login-error" class="alert" role="alert">{h.Encode(error)}</div>""";
        return $"""
            <!doctype html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>Sign in · OrderActors</title>
              <link rel="stylesheet" href="/console/assets/console.css">
            </head>
            <body class="oa-login">
              <main>
                <h1>OrderActors</h1>
                {alert}
                <form method="post" action="/login" id="login-form">
                  <input type="hidden" name="__csrf" value="{h.Encode(csrfToken)}">
                  <input type="hidden" name="returnUrl" value="{h.Encode(returnUrl)}">
                  <label for="username">User name</label>
                  <input id="username" name="username" autocomplete="username" required autofocus value="{h.Encode(userName ?? "")}">
                  <label for="password">Password</label>
                  <input id="password" name="password" type="password" autocomplete="current-password" required>
                  <button type="submit" id="sign-in">Sign in</button>
                </form>
              </main>
            </body>
            </html>
            """;
    }
}
