using Oberig.Scenario.Catalog;
using Oberig.Scenario.Loading;

namespace Oberig.Scenario.Campaign;

/// <summary>
/// Every name in a campaign points at something that exists and is of the right kind: countries, components and
/// products within the file; interceptor and threat types in the catalog.
/// </summary>
internal static class CampaignReferenceRules
{
    public static void Check(CheckedDocument doc, CampaignParts parts, CatalogSet catalog)
    {
        var makeable = parts.ComponentIds.Concat(parts.ProductIds).ToArray();
        foreach (var (pointer, line) in parts.Lines)
        {
            Local(doc, JsonPointerText.Append(pointer, "country"), line.Country, "country", parts.Countries);
            Local(doc, JsonPointerText.Append(pointer, "makes"), line.Makes, "component or product", makeable);
        }
        foreach (var (pointer, product) in parts.Products)
        {
            var bill = JsonPointerText.Append(pointer, "bill_of_materials");
            foreach (var component in (product.BillOfMaterials ?? []).Keys)
                Local(doc, JsonPointerText.Append(bill, component), component, "component", parts.ComponentIds);
            InterceptorType(doc, pointer, product, catalog);
        }
        foreach (var (pointer, source) in parts.Funding)
        {
            var eligible = JsonPointerText.Append(pointer, "eligible");
            Each(doc, JsonPointerText.Append(eligible, "countries"), source.Eligible?.Countries, "country", parts.Countries);
            Each(doc, JsonPointerText.Append(eligible, "lines"), source.Eligible?.Lines, "line", parts.LineIds);
        }
        foreach (var product in parts.DepotStock.Keys)
            Local(doc, JsonPointerText.Append(CampaignParts.DepotStockPointer, product), product, "product", parts.ProductIds);
        if (doc.Read<Dictionary<string, int>>("/doctrine/reserve") is { } reserve)
            foreach (var product in reserve.Keys)
                Local(doc, JsonPointerText.Append("/doctrine/reserve", product), product, "product", parts.ProductIds);
        var kinds = parts.Products.ToDictionary(p => p.Item.Id, p => p.Item.Kind, StringComparer.Ordinal);
        foreach (var (pointer, unit) in parts.FireUnits)
        {
            var at = JsonPointerText.Append(pointer, "product");
            if (Local(doc, at, unit.Product, "product", parts.ProductIds)
                && kinds.TryGetValue(unit.Product, out var kind) && kind is not (ProductKind.Interceptor or ProductKind.GunAmmunition))
                doc.Report(at, $"'{unit.Product}' is a {Words(kind)} product, which is not fired (allowed: an interceptor or gun_ammunition product)");
        }
        foreach (var (pointer, tempo) in parts.Tempo)
        {
            if (!catalog.Threats.ContainsKey(tempo.Threat))
                doc.Report(JsonPointerText.Append(pointer, "threat"),
                    CatalogReference.Problem(tempo.Threat, "threat type", catalog.Threats.Keys, CatalogReference.KindOf(catalog, tempo.Threat)));
        }
    }

    /// <summary>Interceptors and gun ammunition name the catalog interceptor they are (missile or gun round, to
    /// match); launchers and radars are never fired and name none.</summary>
    private static void InterceptorType(CheckedDocument doc, string pointer, ProductShape product, CatalogSet catalog)
    {
        var at = JsonPointerText.Append(pointer, "interceptor_type");
        InterceptorKind? wanted = product.Kind switch
        {
            ProductKind.Interceptor => InterceptorKind.Missile,
            ProductKind.GunAmmunition => InterceptorKind.GunRound,
            _ => null,
        };
        if (wanted is null)
        {
            if (product.InterceptorType is not null)
                doc.Report(at, $"a {Words(product.Kind)} product is not fired, so it has no interceptor type (allowed: only for kinds interceptor and gun_ammunition)");
            return;
        }
        if (product.InterceptorType is not { } id)
        {
            doc.Report(at, $"required for a product of kind {Snake(product.Kind)} (the catalog interceptor it is, for shots, kills and cost)");
            return;
        }
        if (!catalog.Interceptors.TryGetValue(id, out var type))
            doc.Report(at, CatalogReference.Problem(id, "interceptor type", catalog.Interceptors.Keys, CatalogReference.KindOf(catalog, id)));
        else if (type.Kind != wanted)
            doc.Report(at, $"'{id}' is a catalog {Snake(type.Kind)}, but a product of kind {Snake(product.Kind)} needs a {Snake(wanted.Value)}");
    }

    private static void Each(CheckedDocument doc, string listPointer, IReadOnlyList<string>? ids, string wanted, IEnumerable<string> known)
    {
        for (int i = 0; i < (ids?.Count ?? 0); i++)
            Local(doc, JsonPointerText.Append(listPointer, i), ids![i], wanted, known);
    }

    /// <summary>Reports an id the file does not declare; true when it does.</summary>
    private static bool Local(CheckedDocument doc, string pointer, string id, string wanted, IEnumerable<string> known)
    {
        if (known.Contains(id, StringComparer.Ordinal)) return true;
        doc.Report(pointer, LocalReference.Problem(id, wanted, known, "the campaign"));
        return false;
    }

    private static string Snake<T>(T value) where T : struct, Enum => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    private static string Words(ProductKind kind) => Snake(kind).Replace('_', ' ');
}
