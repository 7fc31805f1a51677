using System.Text.Json;
using System.Text.Json.Nodes;
using Oberig.Core.Diagnostics;
using Oberig.Scenario.Loading;

namespace Oberig.Scenario.Catalog;

/// <summary>
/// Data has sources (DESIGN.md principle 5): every number (and every yes/no claim about a system, such as
/// <c>engage_on_remote</c>) in a catalog entry needs a <c>sources</c> entry naming a
/// public reference or saying "notional". The schema checks the sources' shape; this checks none is missing. A number
/// one level down (a table such as <c>single_shot_pk: {drone: 0.9}</c>) is sourced as <c>single_shot_pk.drone</c>.
/// </summary>
internal static class SourcesRule
{
    public static void Check(ParsedDocument doc, string pointer, JsonObject entry, List<InputProblem> problems)
    {
        var sources = entry["sources"] as JsonObject;
        foreach (var (field, value) in entry)
        {
            if (value is JsonObject table && field != "sources")
            {
                foreach (var (member, inner) in table)
                    Require(JsonPointerText.Append(JsonPointerText.Append(pointer, field), member), $"{field}.{member}", inner);
            }
            else Require(JsonPointerText.Append(pointer, field), field, value);
        }

        void Require(string at, string sourceKey, JsonNode? value)
        {
            if (value is not JsonValue v) return;
            var kind = v.GetValueKind();
            if (kind is not (JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False)) return;
            if (sources is not null && sources.ContainsKey(sourceKey)) return;
            string what = kind == JsonValueKind.Number ? "number" : "claim";
            problems.Add(doc.Problem(at, $"this {what} has no source (add 'sources: {{{sourceKey}: ...}}' with a public reference, or 'notional: reason')"));
        }
    }
}
