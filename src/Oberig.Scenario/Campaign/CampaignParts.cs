using Oberig.Scenario.Loading;

namespace Oberig.Scenario.Campaign;

/// <summary>
/// A campaign file read item by item: the items the schema passed, each with its JSON pointer (for problems), and
/// every id the file declares, broken items included, so a reference to an item with its own mistake is not reported
/// a second time as unknown.
/// </summary>
internal sealed record CampaignParts(
    int? Months,
    IReadOnlyList<string> Countries,
    IReadOnlyList<(string Pointer, ComponentShape Item)> Components,
    IReadOnlyList<(string Pointer, ProductShape Item)> Products,
    IReadOnlyList<(string Pointer, LineShape Item)> Lines,
    IReadOnlyList<(string Pointer, FundingShape Item)> Funding,
    IReadOnlyDictionary<string, int> DepotStock,
    IReadOnlyList<(string Pointer, FireUnitSupplyShape Item)> FireUnits,
    IReadOnlyList<(string Pointer, TempoShape Item)> Tempo,
    IReadOnlySet<string> ComponentIds,
    IReadOnlySet<string> ProductIds,
    IReadOnlySet<string> LineIds)
{
    public const string DepotStockPointer = "/logistics/initial_depot_stock";

    public static CampaignParts Read(CheckedDocument doc) => new(
        // An unsound months (say 0) skips the per-month length rules rather than checking against a wrong horizon.
        doc.Sound("/months") ? doc.Value<int>("/months") ?? CampaignDefaults.Months : null,
        Enumerable.Range(0, doc.Count("/countries")).Select(i => doc.Text($"/countries/{i}")).OfType<string>().ToArray(),
        doc.Each<ComponentShape>("/components"),
        doc.Each<ProductShape>("/products"),
        doc.Each<LineShape>("/lines"),
        doc.Each<FundingShape>("/funding"),
        doc.Read<Dictionary<string, int>>(DepotStockPointer) ?? [],
        doc.Each<FireUnitSupplyShape>("/logistics/fire_units"),
        doc.Each<TempoShape>("/tempo"),
        Ids(doc, "/components", "id"),
        Ids(doc, "/products", "id"),
        Ids(doc, "/lines", "id"));

    /// <summary>The values of <paramref name="field"/> across the list's items, whatever else is wrong with them.</summary>
    public static HashSet<string> Ids(CheckedDocument doc, string list, string field) =>
        Enumerable.Range(0, doc.Count(list)).Select(i => doc.Text($"{list}/{i}/{field}")).OfType<string>().ToHashSet(StringComparer.Ordinal);
}

/// <summary>The campaign file's documented defaults (docs/FORMATS.md).</summary>
internal static class CampaignDefaults
{
    public const int Months = 12;
    public const int DaysPerMonth = 30;
    public const ulong Seed = 1;
    public const int Replications = 100;
}
