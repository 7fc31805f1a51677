using System.Text.Json;
using System.Text.Json.Nodes;
using Oberig.Core.Diagnostics;

namespace Oberig.Scenario.Loading;

/// <summary>
/// A parsed input file after its schema check, for the semantic rules of any file kind (scenario, campaign, plan,
/// outcome table): where to report, which parts the schema already rejected (rules skip those, so one mistake is
/// reported once), and typed reads of the sound parts.
/// </summary>
internal class CheckedDocument(ParsedDocument doc, IReadOnlyList<SchemaIssue> schemaIssues, List<InputProblem> problems)
{
    public ParsedDocument Doc { get; } = doc;
    public List<InputProblem> Problems { get; } = problems;
    public IReadOnlyList<SchemaIssue> SchemaIssues { get; } = schemaIssues;

    /// <summary>Reads <paramref name="path"/> and checks it against a schema, adding every problem (schema ones in
    /// line order); null when the file cannot be parsed at all.</summary>
    public static CheckedDocument? Open(string path, string schemaUri, List<InputProblem> problems)
    {
        var doc = DocumentReader.Read(path, problems);
        if (doc is null) return null;
        var issues = SchemaValidator.Validate(doc.Root, SchemaSet.Get(schemaUri));
        problems.AddRange(doc.Problems(issues).OrderBy(p => p.Line));
        return new CheckedDocument(doc, issues, problems);
    }

    public void Report(string pointer, string message) => Problems.Add(Doc.Problem(pointer, message));

    /// <summary>True when the schema found nothing wrong at or below <paramref name="pointer"/>.</summary>
    public bool Sound(string pointer) =>
        !SchemaIssues.Any(i => i.Pointer == pointer || i.Pointer.StartsWith(pointer + "/", StringComparison.Ordinal));

    /// <summary>The part at <paramref name="pointer"/> in its file shape, or null when absent or structurally broken.</summary>
    public T? Read<T>(string pointer) where T : class
    {
        if (!Sound(pointer) || JsonPointerText.Resolve(Doc.Root, pointer) is not JsonNode node) return null;
        try
        {
            return node.Deserialize<T>(JsonOptions.Files);
        }
        catch (JsonException ex)
        {
            Report(pointer, $"cannot read this part: {ex.Message}");
            return null;
        }
    }

    /// <summary>The number of items in the list at <paramref name="pointer"/> (0 when absent or not a list).</summary>
    public int Count(string pointer) => JsonPointerText.Resolve(Doc.Root, pointer) is JsonArray a ? a.Count : 0;

    /// <summary>The number or flag at <paramref name="pointer"/>, or null when absent or rejected by the schema.</summary>
    public T? Value<T>(string pointer) where T : struct
    {
        if (!Sound(pointer) || JsonPointerText.Resolve(Doc.Root, pointer) is not JsonValue v) return null;
        // Deserialize, not TryGetValue: a YAML integer is held as a long, which TryGetValue<int> would refuse.
        try
        {
            return v.Deserialize<T>(JsonOptions.Files);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The text at <paramref name="pointer"/>, or null when absent or not text.</summary>
    public string? Text(string pointer) =>
        JsonPointerText.Resolve(Doc.Root, pointer) is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    /// <summary>The sound items of the list at <paramref name="pointer"/>, each with its own pointer.</summary>
    public List<(string Pointer, T Item)> Each<T>(string pointer) where T : class
    {
        var result = new List<(string, T)>();
        for (int i = 0; i < Count(pointer); i++)
        {
            var item = JsonPointerText.Append(pointer, i);
            if (Read<T>(item) is { } value) result.Add((item, value));
        }
        return result;
    }
}
