using System.Text.Json.Nodes;
using Oberig.Core.Diagnostics;

namespace Oberig.Scenario.Loading;

/// <summary>A YAML or JSON file as a JSON tree, with the line each value came from.</summary>
internal sealed record ParsedDocument(string File, JsonObject Root, LineMap Lines)
{
    /// <summary>A problem about the value at a JSON pointer in this document, located for a person.</summary>
    public InputProblem Problem(string pointer, string message) =>
        new(File, Lines.LineOf(pointer), JsonPointerText.ToFieldPath(pointer, Root), message);

    public IEnumerable<InputProblem> Problems(IEnumerable<SchemaIssue> issues, string pointerPrefix = "") =>
        issues.Select(i => Problem(pointerPrefix + i.Pointer, i.Message));
}
