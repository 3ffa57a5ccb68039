using System.Globalization;
using System.Text.Json;

namespace OrderActors.Grains.Channels;

/// <summary>
/// The readers every marketplace's JSON needs: values that arrive as strings or numbers depending on
/// the field, absent and null alike, anything else reported through <c>malformed</c> as the platform's
/// own malformed-response exception, never a NullReferenceException. What differs by platform (money,
/// times, wrapped lists, what "no value" looks like) stays in each platform's reader.
/// </summary>
internal static class PlatformJson
{
    /// <summary>The field as text: strings as they are, numbers and booleans as written; null when absent or null.</summary>
    public static string? Text(JsonElement obj, string name, Func<string, PlatformCallException> malformed)
    {
        ArgumentNullException.ThrowIfNull(malformed);
        if (obj.ValueKind != JsonValueKind.Object || !obj.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => throw malformed($"'{name}' is a {value.ValueKind}, not a value"),
        };
    }

    /// <summary>Like <see cref="Text"/>, with an empty string read as absent.</summary>
    public static string? NonEmpty(JsonElement obj, string name, Func<string, PlatformCallException> malformed) =>
        Text(obj, name, malformed) is { Length: > 0 } text ? text : null;

    /// <summary>The field as non-empty text; missing when absent, null or empty.</summary>
    public static string RequiredText(JsonElement obj, string name, Func<string, PlatformCallException> malformed) =>
        NonEmpty(obj, name, malformed) ?? throw malformed($"'{name}' is missing");

    /// <summary>
    /// <paramref name="text"/>, the field <paramref name="name"/>'s value, as an integer; null when there is no text.
    /// The caller picks <see cref="Text"/> or <see cref="NonEmpty"/>: platforms differ on whether an empty
    /// string means "no value" or is wrong.
    /// </summary>
    public static long? Integer(string? text, string name, Func<string, PlatformCallException> malformed)
    {
        ArgumentNullException.ThrowIfNull(malformed);
        return text is null ? null
            : long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value
            : throw malformed($"'{name}' is not an integer: '{text}'");
    }

    /// <summary><c>true</c> or <c>false</c>, as JSON or as a string; null when absent or null.</summary>
    public static bool? Bool(JsonElement obj, string name, Func<string, PlatformCallException> malformed) => Text(obj, name, malformed) switch
    {
        null => null,
        "true" => true,
        "false" => false,
        var other => throw malformed($"'{name}' is not a boolean: '{other}'"),
    };

    /// <summary>The object under <paramref name="name"/>, or null when absent or null.</summary>
    public static JsonElement? Object(JsonElement obj, string name, Func<string, PlatformCallException> malformed)
    {
        ArgumentNullException.ThrowIfNull(malformed);
        if (obj.ValueKind != JsonValueKind.Object || !obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Object ? value : throw malformed($"'{name}' is a {value.ValueKind}, not an object");
    }

    /// <summary>The items of the array under <paramref name="name"/>; empty when absent or null.</summary>
    public static IReadOnlyList<JsonElement> Array(JsonElement obj, string name, Func<string, PlatformCallException> malformed)
    {
        ArgumentNullException.ThrowIfNull(malformed);
        if (obj.ValueKind != JsonValueKind.Object || !obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        return value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray()] : throw malformed($"'{name}' is a {value.ValueKind}, not a list");
    }
}
