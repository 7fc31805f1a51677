using Oberig.Core.Diagnostics;
using Oberig.Scenario.Catalog;
using Oberig.Scenario.Loading;

namespace Oberig.Scenario.Campaign;

/// <summary>
/// Campaign file -> parsed tree -> schema -> rules -> <see cref="CampaignDefinition"/>. Every stage adds to one list of
/// problems; the definition is returned only when that list stays empty.
/// </summary>
internal static class CampaignResolver
{
    public static CampaignDefinition? Resolve(string path, CatalogSet catalog, List<InputProblem> problems)
    {
        var doc = CheckedDocument.Open(path, SchemaSet.CampaignUri, problems);
        if (doc is null) return null;
        var parts = CampaignParts.Read(doc);
        CampaignIdRule.Check(doc);
        CampaignReferenceRules.Check(doc, parts, catalog);
        CampaignStockRule.Check(doc, parts);
        var sources = CampaignSources.Collect(doc);
        var funding = parts.Funding.Select(f => FundingSource(doc, f.Pointer, f.Item, parts.Months)).ToArray();
        var outcomes = OutcomesPath(doc, path);
        if (problems.Count > 0 || outcomes is null) return null;

        return new CampaignDefinition
        {
            Name = doc.Text("/name")!,
            Description = doc.Text("/description"),
            File = path,
            Months = parts.Months ?? CampaignDefaults.Months,
            DaysPerMonth = doc.Value<int>("/days_per_month") ?? CampaignDefaults.DaysPerMonth,
            Seed = doc.Value<ulong>("/seed") ?? CampaignDefaults.Seed,
            Replications = doc.Value<int>("/replications") ?? CampaignDefaults.Replications,
            Countries = parts.Countries,
            Components = parts.Components.Select(c => new ComponentDefinition(c.Item.Id, c.Item.Name)).ToArray(),
            Products = parts.Products.Select(p => Product(p.Item)).ToArray(),
            Lines = parts.Lines.Select(l => Line(l.Item)).ToArray(),
            Funding = funding.OfType<FundingSourceDefinition>().ToArray(),
            InitialComponentStock = parts.Components.Where(c => c.Item.InitialStock > 0)
                .ToDictionary(c => c.Item.Id, c => c.Item.InitialStock!.Value, StringComparer.Ordinal),
            Logistics = new LogisticsDefinition
            {
                InitialDepotStock = new Dictionary<string, int>(parts.DepotStock, StringComparer.Ordinal),
                FireUnits = parts.FireUnits.Select(u => FireUnit(u.Item)).ToArray(),
            },
            Tempo = parts.Tempo.Select(t => Tempo(t.Item)).ToArray(),
            Doctrine = doc.Read<DoctrineShape>("/doctrine") is { } d
                ? new CampaignDoctrine
                {
                    Reserve = new Dictionary<string, int>(d.Reserve ?? new Dictionary<string, int>(), StringComparer.Ordinal),
                    ReserveForDamageEurPerLeaker = d.ReserveForDamageEurPerLeaker ?? 0,
                }
                : CampaignDoctrine.None,
            OutcomesPath = outcomes,
            Sources = sources,
        };
    }

    /// <summary>The outcome table's full path, resolved against the campaign file's folder; it must exist.</summary>
    private static string? OutcomesPath(CheckedDocument doc, string campaignPath)
    {
        if (!doc.Sound("/outcomes") || doc.Text("/outcomes") is not { } written) return null;
        var full = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(campaignPath)) ?? "", written));
        if (File.Exists(full)) return full;
        doc.Report("/outcomes", $"no outcome table at '{full}' (allowed: an existing file, relative to the campaign file's folder; "
            + "'oberig campaign fit' writes one)");
        return null;
    }

    private static FundingSourceDefinition? FundingSource(CheckedDocument doc, string pointer, FundingShape f, int? months)
    {
        var amounts = PerMonthAmounts.Read(doc, JsonPointerText.Append(pointer, "eur_per_month"), f.EurPerMonth, months);
        return amounts is null ? null : new FundingSourceDefinition
        {
            Id = f.Id,
            EurPerMonth = amounts,
            EligibleCountries = f.Eligible?.Countries ?? [],
            EligibleLines = f.Eligible?.Lines ?? [],
            Unspent = f.Unspent,
        };
    }

    private static ProductDefinition Product(ProductShape p) => new()
    {
        Id = p.Id,
        Name = p.Name,
        Kind = p.Kind,
        InterceptorType = p.InterceptorType,
        BillOfMaterials = new Dictionary<string, int>(p.BillOfMaterials ?? [], StringComparer.Ordinal),
        UnitCostEur = p.UnitCostEur,
    };

    private static LineDefinition Line(LineShape l) => new()
    {
        Id = l.Id,
        Country = l.Country,
        Makes = l.Makes,
        CapacityPerMonth = l.CapacityPerMonth,
        FixedCostEurPerMonth = l.FixedCostEurPerMonth,
        FirstUnitCostEur = l.FirstUnitCostEur,
        LearningRate = l.LearningRate ?? 1,
        PriorUnits = l.PriorUnits ?? 0,
        LeadTimeDays = l.LeadTimeDays,
        InitialWorkInProgress = l.InitialWorkInProgress ?? 0,
        IdleMonthsToClose = l.IdleMonthsToClose,
        RestartMonths = l.RestartMonths ?? 0,
        Investments = (l.Investments ?? []).Select(i => new InvestmentOption(i.Id, i.CapitalEur, i.LeadMonths, i.AddedCapacityPerMonth)).ToArray(),
    };

    private static FireUnitSupply FireUnit(FireUnitSupplyShape u) => new()
    {
        Id = u.Id,
        Product = u.Product,
        InitialStock = u.InitialStock,
        TargetStock = u.TargetStock,
        Priority = u.Priority,
        TransitDays = u.TransitDays,
        LossFraction = u.LossFraction ?? 0,
    };

    private static RaidTempo Tempo(TempoShape t) => new()
    {
        Threat = t.Threat,
        MeanPerDay = t.MeanPerDay,
        Dispersion = t.Dispersion ?? 0,
        TrendPerMonth = t.TrendPerMonth ?? 0,
        MassedRaidProbabilityPerDay = t.MassedRaid?.ProbabilityPerDay ?? 0,
        MassedRaidMultiplier = t.MassedRaid?.Multiplier ?? 1,
    };
}
