using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace OrderActors.Domain.Channels.Douyin;

/// <summary>
/// The canonical <c>param_json</c> the Douyin shop signature is computed over and the body that is sent:
/// object keys sorted at every depth, no whitespace, numbers exactly as written, non-ASCII and
/// HTML-sensitive characters left unescaped.
/// </summary>
/// <remarks>
/// This is what the official SDKs produce: the Go SDK re-decodes into a map (which Go's encoder
/// writes with sorted keys) and encodes with HTML escaping off; the Python SDK uses
/// <c>json.dumps(sort_keys=True, separators=(',', ':'), ensure_ascii=False)</c>. Known edge where the
/// SDKs differ among themselves: characters outside the Basic Multilingual Plane (emoji) — .NET's
/// relaxed encoder writes them as <c>\uXXXX</c> surrogate escapes, Go and Python write them raw.
/// Order data we send (time ranges, paging, status codes) never contains them.
/// </remarks>
public static class DoudianParamJson
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <summary>Canonicalises a JSON document; an empty or whitespace input becomes <c>{}</c>, as the platform expects.</summary>
    public static string Canonicalize(string json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return "{}";
        }

        using var document = JsonDocument.Parse(json);
        return Canonicalize(document.RootElement);
    }

    public static string Canonicalize(JsonElement element)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            Write(writer, element);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Write(Utf8JsonWriter writer, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(property.Name);
                    Write(writer, property.Value);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case JsonValueKind.Number:
                // The literal as written: 100 stays 100, 1.50 stays 1.50, as Go's UseNumber keeps it.
                writer.WriteRawValue(element.GetRawText(), skipInputValidation: true);
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }
}
