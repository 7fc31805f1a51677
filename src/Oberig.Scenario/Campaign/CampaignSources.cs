using System.Text.Json;
using System.Text.Json.Nodes;
using Oberig.Scenario.Loading;

namespace Oberig.Scenario.Campaign;

/// <summary>
/// Data has sources (DESIGN.md principle 5): every object in a campaign file that holds numbers (each list item, and
/// the logistics section) gives them a <c>source:</c>, a public reference or "notional: reason". Numbers in the
/// object's own tables (<c>bill_of_materials</c>, <c>massed_raid</c>, <c>eur_per_month</c>) share its source; a list
/// of objects inside it (a line's investments) holds objects that source their own. The top level's settings
/// (months, seed, ...) are choices, not data, and need none.
/// </summary>
internal static class CampaignSources
{
    /// <summary>Every source by readable path ("lines.fr-seeker", "tempo.shahed-136"), reporting objects without one.</summary>
    public static Dictionary<string, string> Collect(CheckedDocument doc)
    {
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        Visit(doc, doc.Doc.Root, "", "", owner: false, sources);
        return sources;
    }

    private static void Visit(CheckedDocument doc, JsonNode? node, string pointer, string path, bool owner, Dictionary<string, string> sources)
    {
        switch (node)
        {
            case JsonObject obj:
                if (owner) Require(doc, obj, pointer, path, sources);
                foreach (var (name, child) in obj)
                {
                    var childPath = path.Length == 0 ? name : $"{path}.{name}";
                    Visit(doc, child, JsonPointerText.Append(pointer, name), childPath, owner: pointer.Length == 0 && name is "logistics" or "doctrine", sources);
                }
                break;
            case JsonArray list:
                for (int i = 0; i < list.Count; i++)
                {
                    // An item is named by its id (a tempo entry by its threat), which reads better than an index.
                    var name = list[i] is JsonObject item && (item["id"] ?? item["threat"]) is JsonValue v && v.TryGetValue<string>(out var id)
                        ? id : i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    Visit(doc, list[i], JsonPointerText.Append(pointer, i), $"{path}.{name}", owner: list[i] is JsonObject, sources);
                }
                break;
        }
    }

    private static void Require(CheckedDocument doc, JsonObject obj, string pointer, string path, Dictionary<string, string> sources)
    {
        if (obj["source"] is JsonValue v && v.TryGetValue<string>(out var source))
        {
            sources[path] = source;
            return;
        }
        var numbers = Numbers(obj, "").ToArray();
        // A part the schema rejected has its own message; a missing source there would be a second one.
        if (numbers.Length == 0 || !doc.Sound(pointer)) return;
        var named = numbers.Length <= 3 ? string.Join(", ", numbers) : $"{string.Join(", ", numbers[..3])} and {numbers.Length - 3} more";
        doc.Report(pointer, $"numbers without a source: {named} (add 'source: ...' with a public reference, or 'notional: reason')");
    }

    /// <summary>The object's numeric fields, its tables' members as "table.member", excluding lists of objects.</summary>
    private static IEnumerable<string> Numbers(JsonObject obj, string prefix)
    {
        foreach (var (name, value) in obj)
        {
            switch (value)
            {
                case JsonValue x when x.GetValueKind() == JsonValueKind.Number:
                    yield return prefix + name;
                    break;
                case JsonObject table:
                    foreach (var inner in Numbers(table, $"{prefix}{name}.")) yield return inner;
                    break;
                case JsonArray list when list.Any(n => n is JsonValue e && e.GetValueKind() == JsonValueKind.Number):
                    yield return prefix + name;
                    break;
            }
        }
    }
}
