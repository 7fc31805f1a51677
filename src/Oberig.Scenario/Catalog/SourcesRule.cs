using System.Text.Json;
using System.Text.Json.Nodes;
using Oberig.Core.Diagnostics;
using Oberig.Scenario.Loading;

namespace Oberig.Scenario.Catalog;

/// <summary>
/// Data has sources (DESIGN.md principle 5): every number in a catalog entry needs a <c>sources</c> entry naming a
/// public reference or saying "notional". The schema checks the sources' shape; this checks none is missing.
/// </summary>
internal static class SourcesRule
{
    public static void Check(ParsedDocument doc, string pointer, JsonObject entry, List<InputProblem> problems)
    {
        var sources = entry["sources"] as JsonObject;
        foreach (var (field, value) in entry)
        {
            if (value is not JsonValue v || v.GetValueKind() != JsonValueKind.Number) continue;
            if (sources is not null && sources.ContainsKey(field)) continue;
            problems.Add(doc.Problem(JsonPointerText.Append(pointer, field),
                $"this number has no source (add 'sources: {{{field}: ...}}' with a public reference, or 'notional: reason')"));
        }
    }
}
