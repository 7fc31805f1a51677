using System.Text.Json.Nodes;
using Oberig.Scenario.Loading;

namespace Oberig.Scenario.Resolution;

/// <summary>Ids are unique across all of a scenario's lists, so events and reports name each thing unambiguously.</summary>
internal static class IdRule
{
    public static readonly string[] Lists = ["assets", "sensors", "fire_units", "raids"];

    public static void Check(ResolutionContext ctx)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var list in Lists)
        {
            for (int i = 0; i < ctx.Count("/" + list); i++)
            {
                var pointer = JsonPointerText.Append(JsonPointerText.Append("/" + list, i), "id");
                if (JsonPointerText.Resolve(ctx.Doc.Root, pointer) is not JsonValue v || !v.TryGetValue<string>(out var id)) continue;
                var here = $"{list}[{i}]";
                if (seen.TryGetValue(id, out var first))
                    ctx.Report(pointer, $"duplicate id '{id}' (already used by {first}; ids are unique across assets, sensors, fire units and raids)");
                else
                    seen[id] = $"{here} at line {ctx.Doc.Lines.LineOf(pointer)}";
            }
        }
    }
}
