using System.Text.Json;
using System.Text.Json.Nodes;
using Oberig.Core.Diagnostics;
using Oberig.Scenario.Loading;

namespace Oberig.Scenario.Catalog;

/// <summary>
/// Loads a catalog directory (threats.yaml, sensors.yaml, interceptors.yaml, systems.yaml): each file checked against
/// its schema, every number sourced, ids unique across the catalog, systems' references resolved to the right kind.
/// </summary>
public static class CatalogLoader
{
    public static readonly IReadOnlyList<string> FileNames = ["threats.yaml", "sensors.yaml", "interceptors.yaml", "systems.yaml"];

    /// <summary>The catalog, or an <see cref="InputException"/> carrying every problem found.</summary>
    public static CatalogSet Load(string directory)
    {
        var problems = new List<InputProblem>();
        var catalog = TryLoad(directory, problems);
        if (catalog is null || problems.Count > 0) throw new InputException(problems);
        return catalog;
    }

    /// <summary>Every problem with the catalog; empty when it loads.</summary>
    public static IReadOnlyList<InputProblem> Validate(string directory)
    {
        var problems = new List<InputProblem>();
        TryLoad(directory, problems);
        return problems;
    }

    internal static CatalogSet? TryLoad(string directory, List<InputProblem> problems)
    {
        if (!Directory.Exists(directory))
        {
            problems.Add(new InputProblem(directory, 0, "", $"catalog directory not found (expected a folder holding {string.Join(", ", FileNames)})"));
            return null;
        }
        var reader = new Reader(directory, problems);
        var threats = reader.Kind<ThreatType>("threats.yaml", "threats", "threatType", "threat type");
        var sensors = reader.Kind<SensorType>("sensors.yaml", "sensors", "sensorType", "sensor type");
        var interceptors = reader.Kind<InterceptorType>("interceptors.yaml", "interceptors", "interceptorType", "interceptor type");
        var systems = reader.Kind<SystemType>("systems.yaml", "systems", "systemType", "system type");
        var catalog = new CatalogSet(reader.Version(), threats.Values, sensors.Values, interceptors.Values, systems.Values);
        foreach (var (id, system) in systems.Values)
        {
            var (doc, pointer) = systems.Locations[id];
            CheckReference(catalog, doc, JsonPointerText.Append(pointer, "interceptor"), system.Interceptor, "interceptor type", catalog.Interceptors.Keys, problems);
            CheckReference(catalog, doc, JsonPointerText.Append(pointer, "fire_control_radar"), system.FireControlRadar, "sensor type", catalog.Sensors.Keys, problems);
        }
        return problems.Count == 0 ? catalog : null;
    }

    private static void CheckReference(CatalogSet catalog, ParsedDocument doc, string pointer, string id, string wanted,
        IEnumerable<string> ids, List<InputProblem> problems)
    {
        if (ids.Contains(id)) return;
        problems.Add(doc.Problem(pointer, CatalogReference.Problem(id, wanted, ids, CatalogReference.KindOf(catalog, id))));
    }

    private sealed record KindEntries<T>(Dictionary<string, T> Values, Dictionary<string, (ParsedDocument Doc, string Pointer)> Locations);

    /// <summary>State shared while reading the four files: the problems, each file's version, ids already taken.</summary>
    private sealed class Reader(string directory, List<InputProblem> problems)
    {
        private readonly List<(string List, string Version)> _versions = [];
        private readonly Dictionary<string, string> _idOwners = new(StringComparer.Ordinal);

        public KindEntries<T> Kind<T>(string fileName, string listKey, string definition, string label) where T : class
        {
            var result = new KindEntries<T>(new(StringComparer.Ordinal), new(StringComparer.Ordinal));
            var doc = DocumentReader.Read(Path.Combine(directory, fileName), problems);
            if (doc is null) return result;
            var issues = SchemaValidator.Validate(doc.Root, SchemaSet.Get(SchemaSet.CatalogUri, $"{listKey}File"));
            problems.AddRange(doc.Problems(issues).OrderBy(p => p.Line));
            if (doc.Root["version"] is JsonValue v && v.TryGetValue<string>(out var version)) _versions.Add((listKey, version));
            if (doc.Root[listKey] is not JsonArray list) return result;
            for (int i = 0; i < list.Count; i++)
            {
                var pointer = JsonPointerText.Append("/" + listKey, i);
                // Semantic rules only look at entries whose structure is sound, so one mistake is reported once.
                if (issues.Any(x => x.Pointer == pointer || x.Pointer.StartsWith(pointer + "/", StringComparison.Ordinal))) continue;
                if (list[i] is not JsonObject node) continue;
                T? entry;
                try
                {
                    entry = node.Deserialize<T>(JsonOptions.Files);
                }
                catch (JsonException ex)
                {
                    problems.Add(doc.Problem(pointer, $"cannot read this entry: {ex.Message}"));
                    continue;
                }
                if (entry is null) continue;
                SourcesRule.Check(doc, pointer, node, problems);
                CatalogConsistency.Check(doc, pointer, entry, problems);
                var id = node["id"]!.GetValue<string>();
                var where = $"{doc.File}:{doc.Lines.LineOf(pointer)}";
                if (_idOwners.TryGetValue(id, out var owner))
                {
                    problems.Add(doc.Problem(JsonPointerText.Append(pointer, "id"), $"duplicate id '{id}' (already the {owner}; ids are unique across the catalog)"));
                    continue;
                }
                _idOwners[id] = $"{label} at {where}";
                result.Values[id] = entry;
                result.Locations[id] = (doc, pointer);
            }
            return result;
        }

        /// <summary>The catalog's version: the files' common version, or each file's when they differ.</summary>
        public string Version()
        {
            var distinct = _versions.Select(v => v.Version).Distinct(StringComparer.Ordinal).ToArray();
            return distinct.Length switch
            {
                0 => "unversioned",
                1 => distinct[0],
                _ => string.Join(", ", _versions.Select(v => $"{v.List} {v.Version}")),
            };
        }
    }
}
