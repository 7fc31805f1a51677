using Oberig.Core.Text;
using Oberig.Scenario.Loading;

namespace Oberig.Scenario.Catalog;

/// <summary>Explains why an id does not name a catalog entry of the wanted kind, with a suggestion when one fits.</summary>
internal static class CatalogReference
{
    /// <param name="id">The id as written.</param>
    /// <param name="wanted">The kind wanted, in words ("system type").</param>
    /// <param name="idsOfWantedKind">Every id of that kind, for did-you-mean.</param>
    /// <param name="actualKind">The kind the id has elsewhere in the catalog, if any ("sensor type").</param>
    public static string Problem(string id, string wanted, IEnumerable<string> idsOfWantedKind, string? actualKind)
    {
        if (actualKind is not null) return $"'{id}' is {Article(actualKind)}, not {Article(wanted)}";
        var ids = idsOfWantedKind.Order(StringComparer.Ordinal).ToArray();
        var suggestion = DidYouMean.Closest(id, ids);
        if (suggestion is not null) return $"unknown {wanted} '{id}' (did you mean '{suggestion}'?)";
        return ids.Length == 0
            ? $"unknown {wanted} '{id}' (the catalog has none)"
            : $"unknown {wanted} '{id}' (known: {string.Join(", ", ids)})";
    }

    private static string Article(string noun) => ("aeiou".Contains(noun[0]) ? "an " : "a ") + noun;

    /// <summary>The kind of catalog entry an id names, in words, or null.</summary>
    public static string? KindOf(CatalogSet catalog, string id) =>
        catalog.Threats.ContainsKey(id) ? "threat type"
        : catalog.Sensors.ContainsKey(id) ? "sensor type"
        : catalog.Interceptors.ContainsKey(id) ? "interceptor type"
        : catalog.Systems.ContainsKey(id) ? "system type"
        : null;
}
