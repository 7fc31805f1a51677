using System.Globalization;
using Oberig.Core.Diagnostics;
using Oberig.Scenario.Catalog;
using Oberig.Scenario.Loading;
using Oberig.Scenario.Model;

namespace Oberig.Scenario.Resolution;

/// <summary>
/// What every scenario rule needs beyond the checked document (for lines, field paths and sound parts): the catalog,
/// and the scenario area once known.
/// </summary>
internal sealed class ResolutionContext(ParsedDocument doc, CatalogSet catalog, IReadOnlyList<SchemaIssue> schemaIssues, List<InputProblem> problems)
    : CheckedDocument(doc, schemaIssues, problems)
{
    public CatalogSet Catalog { get; } = catalog;

    /// <summary>The scenario area, once known to be sound; null skips the inside-the-area rule.</summary>
    public GeoArea? Area { get; set; }

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
