using System.Text.Json;
using System.Text.Json.Nodes;
using Oberig.Core.Diagnostics;
using Oberig.Scenario.Loading;

namespace Oberig.Scenario.Resolution;

/// <summary>
/// Applies a scenario's <c>overrides</c> to a catalog entry by merging JSON objects and checking the result against
/// the catalog schema's definition for that type, so an override obeys exactly the rules the catalog does.
/// </summary>
internal static class OverrideApplier
{
    // Identity and provenance belong to the catalog; a scenario changes figures only.
    private static readonly string[] Fixed = ["id", "kind", "sources"];

    public static T? Apply<T>(T entry, JsonObject? overrides, string definition, ParsedDocument doc, string overridesPointer,
        List<InputProblem> problems) where T : class
    {
        if (overrides is null || overrides.Count == 0) return entry;
        int before = problems.Count;
        var merged = (JsonObject)JsonSerializer.SerializeToNode(entry, JsonOptions.Files)!;
        foreach (var (field, value) in overrides)
        {
            if (Fixed.Contains(field))
                problems.Add(doc.Problem(JsonPointerText.Append(overridesPointer, field), $"'{field}' cannot be overridden (a scenario changes a type's figures, not its identity or sources)"));
            else
                merged[field] = value?.DeepClone();
        }
        problems.AddRange(doc.Problems(SchemaValidator.Validate(merged, SchemaSet.Get(SchemaSet.CatalogUri, definition)), overridesPointer));
        if (problems.Count > before) return null;
        // Keep provenance honest: an overridden number now comes from the scenario, not the catalog's reference.
        var sources = merged["sources"] as JsonObject ?? new JsonObject();
        foreach (var (field, value) in overrides)
        {
            var at = JsonPointerText.Append(overridesPointer, field);
            if (value is JsonValue v && v.GetValueKind() == JsonValueKind.Number)
                sources[field] = $"scenario override ({doc.File}:{doc.Lines.LineOf(at)})";
            else if (value is JsonObject table) // a table replaces the catalog's whole table: each number is now the scenario's
            {
                foreach (var stale in sources.Select(s => s.Key).Where(k => k.StartsWith(field + ".", StringComparison.Ordinal)).ToList())
                    sources.Remove(stale);
                foreach (var (member, _) in table)
                    sources[$"{field}.{member}"] = $"scenario override ({doc.File}:{doc.Lines.LineOf(JsonPointerText.Append(at, member))})";
            }
        }
        merged["sources"] = sources;
        return merged.Deserialize<T>(JsonOptions.Files);
    }
}
