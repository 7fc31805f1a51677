using Oberig.Core.Diagnostics;
using Oberig.Scenario.Campaign;

namespace Oberig.Scenario.Tests.Campaign;

/// <summary>A valid campaign becomes the records the campaign simulation trusts, defaults filled in and sources kept.</summary>
public sealed class CampaignLoaderTests
{
    private static CampaignDefinition LoadValid() => CampaignLoader.Load(CampaignTestFiles.Write(CampaignTestFiles.Valid), TestFiles.Catalog);

    [Fact]
    public void Valid_campaign_has_no_problems()
    {
        Assert.Empty(CampaignTestFiles.Problems(CampaignTestFiles.Valid));
    }

    [Fact]
    public void Fields_map_to_the_records_with_documented_defaults()
    {
        var c = LoadValid();
        Assert.Equal("T", c.Name);
        Assert.Equal((3, 30, 1UL, 100), (c.Months, c.DaysPerMonth, c.Seed, c.Replications));
        Assert.Equal(90, c.Days);
        Assert.Equal(["fr", "ua"], c.Countries);
        Assert.Equal(new ComponentDefinition("seeker", "Seeker"), Assert.Single(c.Components));
        Assert.Equal(5, c.InitialComponentStock["seeker"]);

        var missile = c.Products[0];
        Assert.Equal((ProductKind.Interceptor, "test-missile", (double?)null), (missile.Kind, missile.InterceptorType, missile.UnitCostEur));
        Assert.Equal(1, missile.BillOfMaterials["seeker"]);
        Assert.Equal(ProductKind.GunAmmunition, c.Products[1].Kind);
        Assert.Empty(c.Products[1].BillOfMaterials);

        var seekerLine = c.Lines[0];
        Assert.Equal((1.0, 0.0, 0, 0, (int?)null), (seekerLine.LearningRate, seekerLine.PriorUnits, seekerLine.InitialWorkInProgress, seekerLine.RestartMonths, seekerLine.IdleMonthsToClose));
        Assert.Empty(seekerLine.Investments);
        var final = c.Lines[1];
        Assert.Equal((0.9, 10), (final.LearningRate, final.LeadTimeDays));
        Assert.Equal(new InvestmentOption("shift", 1.0e6, 1, 4), Assert.Single(final.Investments));

        var fund = Assert.Single(c.Funding);
        Assert.Equal([1.0e6, 2.0e6, 3.0e6], fund.EurPerMonth);
        Assert.Equal(2.0e6, fund.AmountInMonth(1));
        Assert.Equal(["fr", "ua"], fund.EligibleCountries);
        Assert.Equal(["fr-seeker", "ua-final"], fund.EligibleLines);
        Assert.Equal(UnspentFunds.CarryOver, fund.Unspent);

        Assert.Equal(3, c.Logistics.InitialDepotStock["missile"]);
        var unit = Assert.Single(c.Logistics.FireUnits);
        Assert.Equal(("missile", 4, 8, 1, 2, 0.05), (unit.Product, unit.InitialStock, unit.TargetStock, unit.Priority, unit.TransitDays, unit.LossFraction));

        var tempo = Assert.Single(c.Tempo);
        Assert.Equal(("test-drone", 5.0, 0.0, 0.0, 0.1, 3.0),
            (tempo.Threat, tempo.MeanPerDay, tempo.Dispersion, tempo.TrendPerMonth, tempo.MassedRaidProbabilityPerDay, tempo.MassedRaidMultiplier));
        Assert.Equal(Path.GetFullPath(CampaignTestFiles.OutcomesFixture), c.OutcomesPath);
    }

    [Fact]
    public void Sources_are_kept_by_readable_path()
    {
        var sources = LoadValid().Sources;
        Assert.Equal("notional: a shift", sources["lines.ua-final.investments.shift"]);
        Assert.Equal("notional: tempo", sources["tempo.test-drone"]);
        Assert.Equal("notional: depot", sources["logistics"]);
        Assert.Equal("notional", sources["logistics.fire_units.fu-1"]);
        Assert.Equal("notional", sources["components.seeker"]);
        Assert.False(sources.ContainsKey("products.rounds"), "a product without numbers has no source to keep");
    }

    [Fact]
    public void A_single_amount_stands_for_every_month()
    {
        var path = CampaignTestFiles.Write(CampaignTestFiles.Replace(CampaignTestFiles.Valid, "eur_per_month: [1.0e6, 2.0e6, 3.0e6]", "eur_per_month: 7"));
        var fund = Assert.Single(CampaignLoader.Load(path, TestFiles.Catalog).Funding);
        Assert.Equal([7.0], fund.EurPerMonth);
        Assert.Equal(7.0, fund.AmountInMonth(2));
    }

    [Fact]
    public void Json_campaign_loads_like_yaml()
    {
        var json = $$"""
            {"name": "J", "countries": ["fr"], "products": [{"id": "p", "name": "P", "kind": "radar"}],
             "lines": [{"id": "l", "country": "fr", "makes": "p", "capacity_per_month": 1, "fixed_cost_eur_per_month": 0,
                        "first_unit_cost_eur": 0, "lead_time_days": 0, "source": "notional"}],
             "outcomes": "{{CampaignTestFiles.OutcomesFixture.Replace("\\", "/", StringComparison.Ordinal)}}"}
            """;
        var c = CampaignLoader.Load(TestFiles.Write(json, "c.json"), TestFiles.Catalog);
        Assert.Equal((12, ProductKind.Radar), (c.Months, c.Products[0].Kind));
        Assert.Empty(c.Funding);
        Assert.Empty(c.Tempo);
    }

    [Fact]
    public void Load_throws_every_problem_at_once()
    {
        var text = CampaignTestFiles.Replace(CampaignTestFiles.Valid, "country: fr, makes: seeker", "country: de, makes: seaker");
        var ex = Assert.Throws<InputException>(() => CampaignLoader.Load(CampaignTestFiles.Write(text), TestFiles.Catalog));
        Assert.Equal(2, ex.Problems.Count);
    }
}
