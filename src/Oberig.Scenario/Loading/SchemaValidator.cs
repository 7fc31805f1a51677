using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Oberig.Scenario.Loading;

/// <summary>Runs JSON Schema evaluation and turns every failing keyword into a <see cref="SchemaIssue"/> for people.</summary>
internal static class SchemaValidator
{
    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List };

    public static IReadOnlyList<SchemaIssue> Validate(JsonNode instance, JsonSchema schema)
    {
        var results = schema.Evaluate(JsonSerializer.SerializeToElement(instance), Options);
        if (results.IsValid) return [];
        var issues = new List<SchemaIssue>();
        foreach (var node in Flatten(results))
        {
            if (node.Errors is null) continue;
            var pointer = node.InstanceLocation.ToString();
            foreach (var (keyword, libraryMessage) in node.Errors)
                issues.AddRange(SchemaMessages.Describe(instance, pointer, node.SchemaLocation, keyword, libraryMessage));
        }
        return issues.Distinct().ToList();
    }

    // The list format is already flat, but walking Details keeps this correct for the other formats too.
    private static IEnumerable<EvaluationResults> Flatten(EvaluationResults r)
    {
        yield return r;
        if (r.Details is null) yield break;
        foreach (var d in r.Details)
            foreach (var x in Flatten(d))
                yield return x;
    }
}
