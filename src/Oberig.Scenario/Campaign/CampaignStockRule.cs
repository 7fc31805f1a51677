using Oberig.Scenario.Loading;

namespace Oberig.Scenario.Campaign;

/// <summary>
/// A component or product that no line makes is allowed (bought in, or a stock that only runs down), but only when
/// some is in stock at day 0: otherwise the campaign could never have any, which is a mistake in the file.
/// </summary>
internal static class CampaignStockRule
{
    public static void Check(CheckedDocument doc, CampaignParts parts)
    {
        // Every line counts, even one with its own mistake, so that mistake is not echoed here.
        var made = CampaignParts.Ids(doc, "/lines", "makes");
        // A line whose makes names nothing known was probably meant for one of these; its own message says so.
        if (made.Any(m => !parts.ComponentIds.Contains(m) && !parts.ProductIds.Contains(m))) return;
        foreach (var (pointer, component) in parts.Components)
        {
            if (made.Contains(component.Id) || component.InitialStock > 0) continue;
            doc.Report(pointer, $"no line makes component '{component.Id}' and it has no initial_stock, so none could ever be used "
                + "(allowed: a line whose makes is it, or an initial_stock above 0)");
        }
        var held = FireUnitStock(doc);
        foreach (var (pointer, product) in parts.Products)
        {
            if (made.Contains(product.Id) || parts.DepotStock.GetValueOrDefault(product.Id) > 0 || held.Contains(product.Id)) continue;
            doc.Report(pointer, $"no line assembles product '{product.Id}' and neither the depot nor a fire unit holds any at day 0, so none "
                + "could ever be delivered (allowed: a line whose makes is it, or initial stock in logistics)");
        }
    }

    /// <summary>Products some fire unit holds at day 0.</summary>
    private static HashSet<string> FireUnitStock(CheckedDocument doc)
    {
        var held = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < doc.Count("/logistics/fire_units"); i++)
        {
            var unit = $"/logistics/fire_units/{i}";
            if (doc.Text(unit + "/product") is { } product && doc.Value<int>(unit + "/initial_stock") > 0) held.Add(product);
        }
        return held;
    }
}
