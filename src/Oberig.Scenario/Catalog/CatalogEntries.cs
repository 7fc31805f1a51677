using Oberig.Core.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Oberig.Core.Diagnostics;
using Oberig.Scenario.Loading;

namespace Oberig.Scenario.Catalog;

/// <summary>One catalog entry of any kind, for tools that list or print the catalog.</summary>
public sealed record CatalogEntry(string Id, string Name, string Type, string Kind, object Value)
{
    /// <summary>The entry as its file fields (snake_case names, enum values as written), sources included.</summary>
    public JsonObject ToJson() => (JsonObject)JsonSerializer.SerializeToNode(Value, Value.GetType(), JsonOptions.Files)!;
}

/// <summary>Walks and searches a <see cref="CatalogSet"/> across its four kinds.</summary>
public static class CatalogEntries
{
    public static IEnumerable<CatalogEntry> All(CatalogSet catalog) =>
        catalog.Threats.Values.OrderBy(t => t.Id, StringComparer.Ordinal).Select(t => new CatalogEntry(t.Id, t.Name, "threat", Snake(t.Kind), t))
            .Concat(catalog.Sensors.Values.OrderBy(s => s.Id, StringComparer.Ordinal).Select(s => new CatalogEntry(s.Id, s.Name, "sensor", Snake(s.Kind), s)))
            .Concat(catalog.Interceptors.Values.OrderBy(i => i.Id, StringComparer.Ordinal).Select(i => new CatalogEntry(i.Id, i.Name, "interceptor", Snake(i.Kind), i)))
            .Concat(catalog.Systems.Values.OrderBy(s => s.Id, StringComparer.Ordinal).Select(s => new CatalogEntry(s.Id, s.Name, "system", Snake(s.Kind), s)));

    /// <summary>The entry with this id, or an <see cref="InputException"/> suggesting the closest id.</summary>
    public static CatalogEntry Find(CatalogSet catalog, string id, string where)
    {
        var all = All(catalog).ToList();
        return all.FirstOrDefault(e => e.Id == id)
            ?? throw new InputException(new InputProblem(where, 0, "", $"unknown catalog id '{id}'{DidYouMean.Hint(id, all.Select(e => e.Id))}"));
    }

    /// <summary>
    /// Why <paramref name="id"/> names no entry of the wanted kind ("sensor type"), for a message: the kind it has
    /// elsewhere in the catalog, or the closest id of the wanted kind, or the list of them.
    /// </summary>
    public static string UnknownIdProblem(CatalogSet catalog, string id, string wanted, IEnumerable<string> idsOfWantedKind) =>
        CatalogReference.Problem(id, wanted, idsOfWantedKind, CatalogReference.KindOf(catalog, id));

    private static string Snake<T>(T kind) where T : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(kind.ToString());
}
