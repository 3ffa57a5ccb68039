using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;
using OrderActors.GrainInterfaces.Channels;
using OrderActors.GrainInterfaces.Keys;
using OrderActors.ClientApi.Security;

namespace OrderActors.ClientApi.Channels;

/// <summary>
/// /api/channels/{channel}/{shop}/imports: orders from a marketplace back-office export (CSV, the
/// template in docs/csv-import.md) for shops without API access. 200 with the report whenever the file
/// was read, also when some or all of its orders were refused: the report says which lines and why.
/// A file that cannot be read as the template is a problem (400; 413 when too large; 415 when not
/// text/csv in UTF-8) and imports nothing.
/// </summary>
public static class ChannelImportApi
{
    private const int MaxActorLength = 64;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static IEndpointRouteBuilder MapChannelImportApi(this IEndpointRouteBuilder app)
    {
        var channels = app.MapGroup("/api/channels").WithTags("Channels");
        channels.MapPost("/{channel}/{shop}/imports", Import)
            .AddOpenApiOperationTransformer(DescribeCsvBody)
            .WithSummary("Import orders from a back-office CSV export (text/csv, UTF-8, at most 10 MiB); posting the same file again imports nothing and answers the stored report.")
            .WithDescription("One row per order line (docs/csv-import.md). 200 with the report when the file was read: an order with any invalid line is not imported and each of its lines is in errors. "
                + "400 problem (fileErrors) when the file is not the template; 413 over 10 MiB or 20,000 rows; 415 when the body is not text/csv in UTF-8.")
            .RequireScope(Scopes.ChannelsWrite);
        channels.MapGet("/{channel}/{shop}/imports/{sha256}", GetReport)
            .WithSummary("The report of a file imported before, by the SHA-256 of its content.")
            .RequireScope(Scopes.Read);
        return app;
    }

    private static async Task<Results<Ok<ImportReport>, ProblemHttpResult, ValidationProblem>> Import(
        string channel, string shop, string? actor, HttpRequest request, IClusterClient cluster, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (!SalesChannels.TryParse(channel, out var salesChannel))
        {
            errors["channel"] = [$"Unknown channel. Known: {string.Join(", ", SalesChannels.Codes)}."];
        }

        if (!Codes.IsValidShop(shop))
        {
            errors["shop"] = [$"A shop is 1-{Codes.MaxShopLength} letters, digits, '.', '-' or '_'."];
        }

        if (actor is { Length: > MaxActorLength })
        {
            errors["actor"] = [$"At most {MaxActorLength} characters."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (!IsUtf8Csv(request.ContentType))
        {
            return Problems.Of(StatusCodes.Status415UnsupportedMediaType, "UnsupportedMediaType",
                $"Send the file as the body with Content-Type: text/csv (charset utf-8, or none); got '{request.ContentType}'. Exports in GBK must be saved as UTF-8 first.");
        }

        var body = await ReadBody(request, cancellationToken);
        if (body is null)
        {
            return TooLarge($"The file is larger than {OrderImportLimits.MaxBytes / (1024 * 1024)} MiB; split the export into smaller files.", []);
        }

        string csv;
        try
        {
            csv = StrictUtf8.GetString(body);
        }
        catch (DecoderFallbackException ex)
        {
            return Problems.Of(StatusCodes.Status400BadRequest, "InvalidCsv",
                $"The file is not UTF-8 (invalid byte at offset {ex.Index}); back offices often export GBK: save the file as CSV UTF-8 and post it again.");
        }

        var key = OrderImportKey.For(salesChannel!.Value, shop, csv);
        var report = await cluster.GetGrain<IOrderImportGrain>(key.ToString()).Import(csv, actor);
        if (report.FileErrors.IsEmpty)
        {
            return TypedResults.Ok(report);
        }

        var detail = $"The file cannot be imported: {string.Join("; ", report.FileErrors.Select(Describe))}. Nothing was imported.";
        return report.FileErrors.Any(e => e.Code == "TooLarge")
            ? TooLarge(detail, report.FileErrors)
            : Problems.Of(StatusCodes.Status400BadRequest, "InvalidCsv", detail, Extensions(report.FileErrors, key));
    }

    private static async Task<Results<Ok<ImportReport>, ProblemHttpResult>> GetReport(string channel, string shop, string sha256, IClusterClient cluster)
    {
        var id = $"{channel.ToLowerInvariant()}:{shop}:{sha256.ToLowerInvariant()}";
        if (!OrderImportKey.TryParse(id, out var key))
        {
            return Problems.NotFound($"Import '{channel}:{shop}:{sha256}'");
        }

        var report = await cluster.GetGrain<IOrderImportGrain>(key.Value.ToString()).GetReport();
        return report is null ? Problems.NotFound($"Import '{key}'") : TypedResults.Ok(report);
    }

    /// <summary>
    /// The body is read by hand (size limit, strict UTF-8), so the document is told about it here. Not
    /// with Accepts metadata: routing would then answer other media types with its own bare 415.
    /// </summary>
    private static Task DescribeCsvBody(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = "The export as CSV in UTF-8 (a byte order mark is allowed), one row per order line; see docs/csv-import.md.",
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["text/csv"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
            },
        };
        return Task.CompletedTask;
    }

    private static bool IsUtf8Csv(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media) || !media.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var charset = media.Charset.Value?.Trim('"');
        return charset is null || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The body, or null once it passes the limit: never more than the limit in memory.</summary>
    private static async Task<byte[]?> ReadBody(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > OrderImportLimits.MaxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > OrderImportLimits.MaxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static ProblemHttpResult TooLarge(string detail, IEnumerable<ImportLineError> errors) =>
        Problems.Of(StatusCodes.Status413PayloadTooLarge, "TooLarge", detail, new Dictionary<string, object?>
        {
            ["maxBytes"] = OrderImportLimits.MaxBytes,
            ["fileErrors"] = errors.ToArray(),
        });

    private static Dictionary<string, object?> Extensions(IEnumerable<ImportLineError> errors, OrderImportKey key) => new()
    {
        ["fileErrors"] = errors.ToArray(),
        ["contentSha256"] = key.ContentSha256,
    };

    private static string Describe(ImportLineError error) =>
        error.Line > 0 ? $"line {error.Line}: {error.Message}" : error.Message;
}
