using System.Collections.Frozen;
using System.Reflection;
using System.Security.Cryptography;

namespace OrderActors.ClientApi.OperatorConsole;

/// <summary>
/// The console's HTML, scripts and styles, compiled into the assembly (OperatorConsole/Web/*), so the pages are the
/// same however the API is started (dotnet run, a published folder, a test host) and need no web root.
/// </summary>
public sealed class ConsoleAssets
{
    private const string Prefix = "OrderActors.ClientApi.OperatorConsole.Web.";

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".svg"] = "image/svg+xml",
    }.ToFrozenDictionary();

    private readonly FrozenDictionary<string, Asset> _assets;

    public ConsoleAssets()
    {
        var assembly = typeof(ConsoleAssets).Assembly;
        _assets = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .ToFrozenDictionary(n => n[Prefix.Length..], n => Load(assembly, n), StringComparer.Ordinal);
    }

    public sealed record Asset(byte[] Content, string ContentType, string ETag);

    public Asset? Find(string name) => _assets.GetValueOrDefault(name);

    /// <summary>The asset as a response; a matching If-None-Match gets 304.</summary>
    public IResult Serve(HttpContext context, string name)
    {
        if (Find(name) is not { } asset)
        {
            return Results.NotFound();
        }

        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers.ETag = asset.ETag;
        if (context.Request.Headers.IfNoneMatch == asset.ETag)
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.Bytes(asset.Content, asset.ContentType);
    }

    private static Asset Load(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var content = copy.ToArray();
        var type = ContentTypes.GetValueOrDefault(Path.GetExtension(resource), "application/octet-stream");
        return new Asset(content, type, $"\"{Convert.ToHexString(SHA256.HashData(content))[..16]}\"");
    }
}
