using System.Text.Json;
using System.Text.Json.Nodes;
using Oberig.Core.Diagnostics;
using Oberig.Scenario.Loading;

namespace Oberig.Scenario.Catalog;

/// <summary>
/// Data has sources (DESIGN.md principle 5): every number (and every yes/no claim about a system, such as
/// <c>engage_on_remote</c>) in a catalog entry needs a <c>sources</c> entry naming a
/// public reference or saying "notional". The schema checks the sources' shape; this checks none is missing. A number
/// one level down (a table such as <c>single_shot_pk: {drone: 0.9}</c>) is sourced as <c>single_shot_pk.drone</c>; a
/// list of numbers (such as <c>flyout: {cd_mach: [[0, 0.3], ...]}</c>) is sourced as a whole, <c>flyout.cd_mach</c>.
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
            if (!NeedsSource(value)) return;
            if (sources is not null && sources.ContainsKey(sourceKey)) return;
            string what = value switch
            {
                JsonArray => "this table of numbers",
                JsonValue v when v.GetValueKind() != JsonValueKind.Number => "this claim",
                _ => "this number",
            };
            problems.Add(doc.Problem(at, $"{what} has no source (add 'sources: {{{sourceKey}: ...}}' with a public reference, or 'notional: reason')"));
        }
    }

    /// <summary>A number, a yes/no claim, or a list holding numbers.</summary>
    private static bool NeedsSource(JsonNode? value) => value switch
    {
        JsonValue v => v.GetValueKind() is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False,
        JsonArray a => a.Any(HasNumber),
        _ => false,
    };

    private static bool HasNumber(JsonNode? value) => value switch
    {
        JsonValue v => v.GetValueKind() == JsonValueKind.Number,
        JsonArray a => a.Any(HasNumber),
        _ => false,
    };
}
