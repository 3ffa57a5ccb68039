using OrderActors.ClientApi.Security;

namespace OrderActors.ClientApi.OperatorConsole;

/// <summary>
/// The operator console: one HTML file per page, each drawing itself from the JSON API in the browser.
/// A page carries no data, but is still behind the read scope so a signed-out visitor is sent to log in.
/// </summary>
public static class ConsolePages
{
    public static WebApplicationBuilder AddConsole(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ConsoleAssets>();
        return builder;
    }

    public static WebApplication MapConsole(this WebApplication app)
    {
        // Scripts and styles hold no data; the login page needs them before anyone is signed in.
        app.MapGet("/console/assets/{name}", (string name, HttpContext context, ConsoleAssets assets) =>
                name.EndsWith(".html", StringComparison.Ordinal) ? Results.NotFound() : assets.Serve(context, name))
            .PublicAccess("static scripts and styles, no data")
            .ExcludeFromDescription();
        return app;
    }

    /// <summary>Maps <paramref name="path"/> to the page file <paramref name="file"/> (in OperatorConsole/Web), for holders of <paramref name="scope"/>.</summary>
    public static RouteHandlerBuilder MapConsolePage(this IEndpointRouteBuilder app, string path, string file, string scope = Scopes.Read) =>
        app.MapGet(path, (HttpContext context, ConsoleAssets assets) => assets.Serve(context, file))
            .RequireScope(scope)
            .ExcludeFromDescription();
}
