using Oberig.Scenario.Campaign;
using static Oberig.Scenario.Tests.Campaign.CampaignTestFiles;

namespace Oberig.Scenario.Tests.Campaign;

/// <summary>The campaign's doctrine section: a reserve per product kept for the most damaging threats.</summary>
public sealed class CampaignDoctrineTests
{
    private const string Doctrine = "doctrine:\n  reserve: {missile: 2}\n  reserve_for_damage_eur_per_leaker: 1.0e7\n  source: \"notional: keep two\"\noutcomes:";

    [Fact]
    public void A_reserve_is_read_with_its_threshold_and_source()
    {
        var c = CampaignLoader.Load(Write(Replace(Valid, "outcomes:", Doctrine)), TestFiles.Catalog);
        Assert.Equal(2, c.Doctrine.Reserve["missile"]);
        Assert.Equal(1.0e7, c.Doctrine.ReserveForDamageEurPerLeaker);
        Assert.Equal("notional: keep two", c.Sources["doctrine"]);
    }

    [Fact]
    public void Without_a_doctrine_nothing_is_reserved()
    {
        var c = CampaignLoader.Load(Write(Valid), TestFiles.Catalog);
        Assert.Empty(c.Doctrine.Reserve);
    }

    [Fact]
    public void A_reserve_of_an_unknown_product_or_without_a_source_is_reported_at_its_line()
    {
        var unknown = Problems(Replace(Valid, "outcomes:", Doctrine.Replace("missile: 2", "misile: 2", StringComparison.Ordinal)));
        Assert.Contains(unknown, p => p.StartsWith("c.yaml:", StringComparison.Ordinal) && p.Contains("doctrine.reserve.misile", StringComparison.Ordinal)
            && p.Contains("'misile'", StringComparison.Ordinal));
        var unsourced = Problems(Replace(Valid, "outcomes:", "doctrine:\n  reserve: {missile: 2}\noutcomes:"));
        Assert.Contains(unsourced, p => p.Contains("doctrine", StringComparison.Ordinal) && p.Contains("without a source", StringComparison.Ordinal));
    }
}
