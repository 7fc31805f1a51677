using Oberig.Core.Diagnostics;
using Oberig.Scenario.Campaign;
using Oberig.Scenario.Catalog;

namespace Oberig.Campaign.Running;

/// <summary>
/// A campaign ready to run: its definition, the outcome table its nights are resolved from, and the prices the
/// catalog gives (per product fired, per threat launched), checked against each other once.
/// </summary>
public sealed class CampaignModel
{
    public CampaignModel(CampaignDefinition campaign, OutcomeTable outcomes, CatalogSet catalog)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(catalog);
        Campaign = campaign;
        Outcomes = outcomes;
        Products = [.. campaign.Products.Select(p => p.Id)];
        ProductUnitCostEur = [.. campaign.Products.Select(p => p.UnitCostEur
            ?? (p.InterceptorType is { } id && catalog.Interceptors.TryGetValue(id, out var type) ? type.UnitCostEur : 0))];
        ThreatUnitCostEur = [.. campaign.Tempo.Select(t => catalog.Threats.TryGetValue(t.Threat, out var type) ? type.UnitCostEur : 0)];
        var missing = campaign.Tempo.Select((t, k) => (t.Threat, k)).Where(t => outcomes.Threats.All(f => f.Threat != t.Threat)).ToList();
        if (missing.Count > 0)
            throw new InputException([.. missing.Select(m => new InputProblem(campaign.File, 0, $"tempo[{m.k}].threat",
                $"'{m.Threat}' is not in the outcome table {campaign.OutcomesPath} (fitted from '{outcomes.Scenario}': {string.Join(", ", outcomes.Threats.Select(f => f.Threat))}); fit it from a scenario that has it"))]);
    }

    private CampaignModel(CampaignDefinition campaign, CampaignModel prices)
    {
        Campaign = campaign;
        Outcomes = prices.Outcomes;
        Products = prices.Products;
        ProductUnitCostEur = prices.ProductUnitCostEur;
        ThreatUnitCostEur = prices.ThreatUnitCostEur;
    }

    /// <summary>The same model over <paramref name="campaign"/>, a changed copy of its campaign with the same products
    /// and tempo (a shorter horizon, say): the prices and the outcome table carry over.</summary>
    public CampaignModel WithCampaign(CampaignDefinition campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        if (!campaign.Products.Select(p => p.Id).SequenceEqual(Products) || !campaign.Tempo.Select(t => t.Threat).SequenceEqual(Campaign.Tempo.Select(t => t.Threat)))
            throw new ArgumentException("campaign model: a changed campaign must keep its products and threat types", nameof(campaign));
        return new CampaignModel(campaign, this);
    }

    public CampaignDefinition Campaign { get; }
    public OutcomeTable Outcomes { get; }
    public IReadOnlyList<string> Products { get; }
    public IReadOnlyList<double> ProductUnitCostEur { get; }
    public IReadOnlyList<double> ThreatUnitCostEur { get; }
}
