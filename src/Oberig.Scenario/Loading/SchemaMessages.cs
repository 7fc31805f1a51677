using Oberig.Core.Text;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Oberig.Scenario.Loading;

/// <summary>
/// Rewrites one failing schema keyword as "what is wrong (what is allowed)", reading what is allowed from the schema
/// itself so the messages never drift from the schema files.
/// </summary>
internal static class SchemaMessages
{
    private const string AdditionalProperties = "/additionalProperties";

    public static IEnumerable<SchemaIssue> Describe(JsonNode instance, string pointer, Uri schemaLocation, string keyword, string libraryMessage)
    {
        var location = Uri.UnescapeDataString(schemaLocation.OriginalString);
        int cut = location.LastIndexOf(AdditionalProperties, StringComparison.Ordinal);
        if (cut >= 0 && (keyword.Length == 0 || keyword == "false"))
        {
            yield return UnknownField(pointer, SchemaSet.NodeAt(new Uri(location[..cut], UriKind.RelativeOrAbsolute)));
            yield break;
        }
        var schema = SchemaSet.NodeAt(schemaLocation) as JsonObject;
        var value = JsonPointerText.Resolve(instance, pointer);
        switch (keyword)
        {
            case "required":
                foreach (var missing in Missing(schema, value as JsonObject))
                    yield return new SchemaIssue(JsonPointerText.Append(pointer, missing), "required field missing");
                yield break;
            case "type":
                yield return new SchemaIssue(pointer, $"expected {Article(schema?["type"])}, got {Show(value)}");
                yield break;
            case "enum":
                var allowed = (schema?["enum"] as JsonArray)?.Select(v => v?.ToString() ?? "null").ToArray() ?? [];
                var hint = value is JsonValue v && v.TryGetValue<string>(out var s) ? DidYouMean.Hint(s, allowed) : "";
                yield return new SchemaIssue(pointer, $"{Show(value)} is not allowed{hint} (allowed: {string.Join(", ", allowed)})");
                yield break;
            case "minimum" or "maximum" or "exclusiveMinimum" or "exclusiveMaximum":
                var bound = keyword is "minimum" or "exclusiveMinimum" ? "small" : "large";
                yield return new SchemaIssue(pointer, $"{Show(value)} is too {bound} (allowed: {Range(schema)})");
                yield break;
            case "pattern":
                var what = schema?["description"]?.ToString() ?? $"text matching {schema?["pattern"]}";
                yield return new SchemaIssue(pointer, $"{Show(value)} is not valid (allowed: {what})");
                yield break;
            case "minLength" or "minItems":
                yield return new SchemaIssue(pointer, "must not be empty");
                yield break;
            case "minProperties" or "maxProperties":
                var names = (schema?["properties"] as JsonObject)?.Select(p => $"'{p.Key}'") ?? [];
                yield return new SchemaIssue(pointer, $"give exactly one of {string.Join(" or ", names)}");
                yield break;
            default:
                yield return new SchemaIssue(pointer, libraryMessage);
                yield break;
        }
    }

    private static SchemaIssue UnknownField(string pointer, JsonNode? parentSchema)
    {
        var name = JsonPointerText.Segments(pointer) is { Count: > 0 } segs ? segs[^1] : "";
        var known = (parentSchema?["properties"] as JsonObject)?.Select(p => p.Key).ToArray() ?? [];
        var suggestion = DidYouMean.Closest(name, known);
        var message = suggestion is not null
            ? $"unknown field '{name}' (did you mean '{suggestion}'?)"
            : $"unknown field '{name}' (allowed: {string.Join(", ", known)})";
        return new SchemaIssue(pointer, message);
    }

    private static IEnumerable<string> Missing(JsonObject? schema, JsonObject? value)
    {
        if (schema?["required"] is not JsonArray required) yield break;
        foreach (var r in required)
        {
            var name = r?.ToString();
            if (name is not null && (value is null || !value.ContainsKey(name))) yield return name;
        }
    }

    /// <summary>The allowed range in words, e.g. "-90 to 90", "more than 0", "at least 1".</summary>
    public static string Range(JsonObject? schema)
    {
        string? Num(string k) => schema?[k]?.ToJsonString();
        var (min, xmin, max, xmax) = (Num("minimum"), Num("exclusiveMinimum"), Num("maximum"), Num("exclusiveMaximum"));
        // Bounds that only stop integer overflow are not worth telling a person about.
        if (max is "2147483647" or "18446744073709551615") max = null;
        if (min is not null && max is not null) return $"{min} to {max}";
        var parts = new List<string>();
        if (min is not null) parts.Add($"at least {min}");
        if (xmin is not null) parts.Add($"more than {xmin}");
        if (max is not null) parts.Add($"at most {max}");
        if (xmax is not null) parts.Add($"less than {xmax}");
        return string.Join(" and ", parts);
    }

    // A schema may allow several types ("a number or a list").
    private static string Article(JsonNode? type) =>
        type is JsonArray types ? string.Join(" or ", types.Select(t => TypeName(t?.ToString()))) : TypeName(type?.ToString());

    private static string TypeName(string? type) => type switch
    {
        "integer" => "a whole number",
        "number" => "a number",
        "string" => "text",
        "object" => "a mapping of fields",
        "array" => "a list",
        "boolean" => "true or false",
        var t => t ?? "another type",
    };

    /// <summary>A value as a person would recognise it in the file.</summary>
    public static string Show(JsonNode? value) => value switch
    {
        null => "nothing (null)",
        JsonObject => "a mapping",
        JsonArray => "a list",
        JsonValue v when v.GetValueKind() == JsonValueKind.String => $"'{v.GetValue<string>()}'",
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => Number(v),
        _ => value.ToJsonString(),
    };

    private static string Number(JsonValue v) =>
        v.TryGetValue<double>(out var d) ? d.ToString("R", CultureInfo.InvariantCulture) : v.ToJsonString();
}
