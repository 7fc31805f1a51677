using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Oberig.Core.Diagnostics;
using Oberig.Scenario.Catalog;
using Oberig.Scenario.Loading;
using Oberig.Scenario.Model;

namespace Oberig.Scenario.Resolution;

/// <summary>
/// What every semantic rule needs: the document (for lines and field paths), the catalog, the problems found so far,
/// and which parts the schema already rejected (rules skip those, so one mistake is reported once).
/// </summary>
internal sealed class ResolutionContext(ParsedDocument doc, CatalogSet catalog, IReadOnlyList<SchemaIssue> schemaIssues, List<InputProblem> problems)
{
    public ParsedDocument Doc { get; } = doc;
    public CatalogSet Catalog { get; } = catalog;
    public List<InputProblem> Problems { get; } = problems;

    /// <summary>The scenario area, once known to be sound; null skips the inside-the-area rule.</summary>
    public GeoArea? Area { get; set; }

    public void Report(string pointer, string message) => Problems.Add(Doc.Problem(pointer, message));

    /// <summary>True when the schema found nothing wrong at or below <paramref name="pointer"/>.</summary>
    public bool Sound(string pointer) =>
        !schemaIssues.Any(i => i.Pointer == pointer || i.Pointer.StartsWith(pointer + "/", StringComparison.Ordinal));

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

    /// <summary>Reports a position outside the scenario area.</summary>
    public void CheckInside(string pointer, PositionShape p)
    {
        if (Area is not { } a) return;
        bool latInside = p.Lat >= a.SouthDeg && p.Lat <= a.NorthDeg;
        // An area whose west edge is east of its east edge crosses the antimeridian.
        bool lonInside = a.WestDeg <= a.EastDeg ? p.Lon >= a.WestDeg && p.Lon <= a.EastDeg : p.Lon >= a.WestDeg || p.Lon <= a.EastDeg;
        if (!latInside || !lonInside)
            Report(pointer, string.Create(CultureInfo.InvariantCulture,
                $"({p.Lat}, {p.Lon}) lies outside the scenario area (allowed: latitude {a.SouthDeg} to {a.NorthDeg}, longitude {a.WestDeg} to {a.EastDeg})"));
    }
}
