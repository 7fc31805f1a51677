using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Oberig.Scenario.Loading;

/// <summary>
/// The embedded JSON Schemas (copies of the repository's schema/ folder), built once into a private registry so they
/// never clash with schemas a host application registers globally.
/// </summary>
internal static class SchemaSet
{
    public const string ScenarioUri = "https://oberig.dev/schema/scenario.schema.json";
    public const string CatalogUri = "https://oberig.dev/schema/catalog.schema.json";
    public const string CampaignUri = "https://oberig.dev/schema/campaign.schema.json";
    public const string CampaignPlanUri = "https://oberig.dev/schema/campaign-plan.schema.json";
    public const string OutcomeTableUri = "https://oberig.dev/schema/outcome-table.schema.json";

    /// <summary>Every embedded schema: file name and the $id it declares.</summary>
    public static readonly IReadOnlyList<(string File, string Uri)> Files =
    [
        ("scenario.schema.json", ScenarioUri), ("catalog.schema.json", CatalogUri), ("campaign.schema.json", CampaignUri),
        ("campaign-plan.schema.json", CampaignPlanUri), ("outcome-table.schema.json", OutcomeTableUri),
    ];

    private static readonly Lazy<State> Loaded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly ConcurrentDictionary<string, JsonSchema> ByReference = new(StringComparer.Ordinal);

    private sealed record State(BuildOptions Options, IReadOnlyDictionary<string, JsonNode> Documents, object Gate);

    /// <summary>The schema for a whole document, or for one of its <c>$defs</c>.</summary>
    public static JsonSchema Get(string documentUri, string? definition = null)
    {
        var state = Loaded.Value;
        var reference = definition is null ? documentUri : $"{documentUri}#/$defs/{definition}";
        return ByReference.GetOrAdd(reference, r =>
        {
            // Building registers the wrapper in the shared registry, which is not safe to do concurrently.
            lock (state.Gate) return JsonSchema.FromText($$"""{"$ref": "{{r}}"}""", state.Options);
        });
    }

    /// <summary>The schema text's node at an absolute schema location (document URI + '#' + JSON pointer), or null.</summary>
    public static JsonNode? NodeAt(Uri schemaLocation)
    {
        var text = schemaLocation.OriginalString;
        int hash = text.IndexOf('#');
        var documentUri = hash < 0 ? text : text[..hash];
        var fragment = hash < 0 ? "" : Uri.UnescapeDataString(text[(hash + 1)..]);
        return Loaded.Value.Documents.TryGetValue(documentUri, out var doc) ? JsonPointerText.Resolve(doc, fragment) : null;
    }

    /// <summary>The schema document text as embedded, for tools that print or compare it.</summary>
    public static string Text(string fileName)
    {
        using var stream = typeof(SchemaSet).Assembly.GetManifestResourceStream($"Oberig.Schema.{fileName}")
            ?? throw new InvalidOperationException($"schema resource {fileName} is not embedded; check Oberig.Scenario.csproj");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static State Load()
    {
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        var documents = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
        foreach (var (file, uri) in Files)
        {
            var text = Text(file);
            JsonSchema.FromText(text, options);
            documents[uri] = JsonNode.Parse(text)!;
        }
        return new State(options, documents, new object());
    }
}
