using Oberig.Scenario.Loading;

namespace Oberig.Scenario.Campaign;

/// <summary>
/// Each list's ids are unique, so plans, reports and cross-references name one thing each. Components and products
/// share one set of ids because a line's <c>makes</c> names either. A threat has at most one tempo entry.
/// </summary>
internal static class CampaignIdRule
{
    public static void Check(CheckedDocument doc)
    {
        Unique(doc, "each country is listed once", [("/countries", null)]);
        Unique(doc, "ids are unique across components and products: a line's makes names either", [("/components", "id"), ("/products", "id")]);
        Unique(doc, "line ids are unique", [("/lines", "id")]);
        Unique(doc, "funding source ids are unique", [("/funding", "id")]);
        Unique(doc, "fire unit ids are unique", [("/logistics/fire_units", "id")]);
        Unique(doc, "each threat has one tempo entry", [("/tempo", "threat")]);
        for (int i = 0; i < doc.Count("/lines"); i++)
            Unique(doc, "a line's investment ids are unique", [($"/lines/{i}/investments", "id")]);
    }

    /// <param name="lists">Each list's pointer and the field holding the id (null: the items are the ids).</param>
    private static void Unique(CheckedDocument doc, string rule, IReadOnlyList<(string List, string? Field)> lists)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (list, field) in lists)
        {
            for (int i = 0; i < doc.Count(list); i++)
            {
                var pointer = field is null ? JsonPointerText.Append(list, i) : JsonPointerText.Append(JsonPointerText.Append(list, i), field);
                if (doc.Text(pointer) is not { } id) continue;
                if (seen.TryGetValue(id, out var first))
                    doc.Report(pointer, $"duplicate '{id}' (already {first}; {rule})");
                else
                    seen[id] = $"{JsonPointerText.ToFieldPath(pointer, doc.Doc.Root)} at line {doc.Doc.Lines.LineOf(pointer)}";
            }
        }
    }
}
