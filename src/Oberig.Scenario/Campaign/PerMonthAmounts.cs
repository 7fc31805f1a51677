using System.Text.Json;
using System.Text.Json.Nodes;
using Oberig.Scenario.Loading;

namespace Oberig.Scenario.Campaign;

/// <summary>
/// An amount written as one number (the same every month) or as a list of one number per month. Funding sources and
/// plans share the form, and the records keep it: a list of length 1 means every month.
/// </summary>
internal static class PerMonthAmounts
{
    /// <summary>The amounts at <paramref name="pointer"/> (the schema has passed them), or null with a problem
    /// reported when a list's length is neither 1 nor <paramref name="months"/> (null: the horizon is unknown).</summary>
    public static IReadOnlyList<double>? Read(CheckedDocument doc, string pointer, JsonNode node, int? months)
    {
        if (node is not JsonArray list) return [node.Deserialize<double>()];
        if (months is { } m && list.Count != 1 && list.Count != m)
        {
            doc.Report(pointer, $"{list.Count} amounts for {m} months (allowed: one number for every month, or a list of 1 or {m})");
            return null;
        }
        return list.Select(n => n.Deserialize<double>()).ToArray();
    }
}
