using System.Text;
using System.Text.Json.Nodes;

namespace Oberig.Scenario.Loading;

/// <summary>JSON pointer strings (RFC 6901) and their human form, <c>raids[2].launch.point.lat</c>.</summary>
internal static class JsonPointerText
{
    public static string Append(string pointer, string segment) =>
        pointer + "/" + segment.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    public static string Append(string pointer, int index) => pointer + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static IReadOnlyList<string> Segments(string pointer) =>
        pointer.Length == 0
            ? []
            : pointer[1..].Split('/').Select(s => s.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)).ToArray();

    /// <summary>
    /// Dotted field path. A segment is shown as an index only when the document has an array there, so a map key that
    /// happens to be numeric still reads as a name. Indexes are 0-based, as in the JSON pointer.
    /// </summary>
    public static string ToFieldPath(string pointer, JsonNode? root)
    {
        var sb = new StringBuilder();
        JsonNode? node = root;
        foreach (var seg in Segments(pointer))
        {
            if (node is JsonArray arr && int.TryParse(seg, out var i))
            {
                sb.Append('[').Append(seg).Append(']');
                node = i >= 0 && i < arr.Count ? arr[i] : null;
            }
            else
            {
                if (sb.Length > 0) sb.Append('.');
                sb.Append(seg);
                node = node is JsonObject obj && obj.TryGetPropertyValue(seg, out var child) ? child : null;
            }
        }
        return sb.ToString();
    }

    public static JsonNode? Resolve(JsonNode? root, string pointer)
    {
        var node = root;
        foreach (var seg in Segments(pointer))
        {
            node = node switch
            {
                JsonObject o => o.TryGetPropertyValue(seg, out var c) ? c : null,
                JsonArray a when int.TryParse(seg, out var i) && i >= 0 && i < a.Count => a[i],
                _ => null,
            };
            if (node is null) return null;
        }
        return node;
    }
}
