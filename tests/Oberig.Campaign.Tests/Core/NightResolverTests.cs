using Oberig.Campaign.Logistics;
using Oberig.Campaign.Nights;
using Oberig.Campaign.Random;
using Oberig.Core.Random;
using Oberig.Scenario.Campaign;

namespace Oberig.Campaign.Tests.Core;

public class NightResolverTests
{
    private const int Nights = 4000;

    /// <summary>Mean kills and leakers per threat, and interceptors fired per night, over many nights at the same
    /// stocks (refilled each night; <paramref name="stock"/> is each product's total).</summary>
    private static (double[] Killed, double[] Leaked, double[] Fired) Mean(CampaignDefinition definition, OutcomeTable table, int[] threats, int[] stock)
    {
        var products = definition.Products.Select(p => p.Id).ToList();
        var resolver = new NightResolver(table, definition.Tempo, definition.Products, definition.Doctrine);
        var draw = new Draw(RandomStreams.For(9, 0, "night-test"));
        var outcome = new NightOutcome(threats.Length, products.Count);
        var killed = new double[threats.Length];
        var leaked = new double[threats.Length];
        var fired = new double[products.Count];
        for (int k = 0; k < Nights; k++)
        {
            var logistics = new LogisticsSystem(definition, products, draw);
            // The product's whole stock at its first fire unit, none at the others.
            for (int u = 0; u < logistics.UnitStock.Length; u++)
                logistics.UnitStock[u] = Array.IndexOf(logistics.UnitProduct, logistics.UnitProduct[u]) == u ? stock[logistics.UnitProduct[u]] : 0;
            resolver.Resolve(threats, logistics, draw, outcome);
            for (int t = 0; t < threats.Length; t++) { killed[t] += outcome.Killed[t] / (double)threats[t]; leaked[t] += outcome.Leaked[t] / (double)threats[t]; }
            for (int p = 0; p < products.Count; p++) fired[p] += outcome.Fired[p];
        }
        return ([.. killed.Select(x => x / Nights)], [.. leaked.Select(x => x / Nights)], [.. fired.Select(x => x / Nights)]);
    }

    [Fact]
    public void AtTheFittedRaidWithAmpleStocksTheNightReturnsTheFittedFractions()
    {
        // The baseline raid (20 drones, 1 ballistic missile) is scale 1: kills per threat 0.08 (missile) + 0.6 (guns,
        // not stocked: they keep their fitted kills) and leak 0.25 for drones; 0.8 and 0.2 for the ballistic missile.
        var definition = TestCampaign.Definition();
        var (killed, leaked, fired) = Mean(definition, TestCampaign.Outcomes, [20, 1], [1000]);
        Assert.InRange(killed[0], 0.68 - 0.01, 0.68 + 0.01);
        Assert.InRange(leaked[0], 0.25 - 0.01, 0.25 + 0.01);
        Assert.InRange(killed[1], 0.8 - 0.02, 0.8 + 0.02);
        Assert.InRange(leaked[1], 0.2 - 0.02, 0.2 + 0.02);
        // Interceptors: 20 × 0.1 + 1 × 2 = 4 a night, split over two units of one product.
        Assert.InRange(fired[0], 4 - 0.05, 4 + 0.05);
    }

    [Fact]
    public void FalseTracksSpendWhatTheThreatsLeaveAndNoMore()
    {
        // The fit saw 3 missiles a night fired at false tracks at scale 1 (and 5 at scale 2: at x = 1.5, 4 are read).
        var table = TestCampaign.Outcomes with
        {
            FalseTrackRounds =
            [
                new FalseTrackPoint { Scale = 1, RoundsPerNight = new Dictionary<string, double> { ["test-missile"] = 3 } },
                new FalseTrackPoint { Scale = 2, RoundsPerNight = new Dictionary<string, double> { ["test-missile"] = 5 } },
            ],
        };
        var definition = TestCampaign.Definition();
        var ample = Mean(definition, table, [20, 1], [1000]);
        Assert.InRange(ample.Fired[0], 4 + 3 - 0.05, 4 + 3 + 0.05);
        // Stock for the threats' 4 only: the false tracks get nothing, and the threats lose nothing to them.
        var tight = Mean(definition, table, [20, 1], [4]);
        Assert.InRange(tight.Fired[0], 4 - 0.05, 4 + 0.05);
        Assert.InRange(tight.Killed[1], 0.8 - 0.02, 0.8 + 0.02);
        // Raid scale 1.5 (30 drones, 1.5 ballistic ≈ 31 / 21): between the points.
        var figures = new NightFigures(table, definition.Tempo, definition.Products);
        figures.At(1.5);
        Assert.Equal(4, figures.FalseTrackRounds[0], 12);
        figures.At(9);
        Assert.Equal(5, figures.FalseTrackRounds[0], 12);
    }

    [Fact]
    public void TwiceTheRaidIsReadAtScaleTwoAndBeyondTheTableTheNightsShotsStayAtTheLargestRaids()
    {
        var definition = TestCampaign.Definition();
        var (_, leakedAt2, firedAt2) = Mean(definition, TestCampaign.Outcomes, [40, 2], [1000]);
        Assert.InRange(leakedAt2[0], 0.45 - 0.01, 0.45 + 0.01);
        Assert.InRange(firedAt2[0], 40 * 0.06 + 2 * 1.5 - 0.06, 40 * 0.06 + 2 * 1.5 + 0.06);
        // At scale 4 (beyond the table's 2) the defense fires what it fired at scale 2, not twice that.
        var (killedAt4, _, firedAt4) = Mean(definition, TestCampaign.Outcomes, [80, 4], [1000]);
        Assert.InRange(firedAt4[0], firedAt2[0] - 0.1, firedAt2[0] + 0.1);
        Assert.InRange(killedAt4[1], 0.6 / 2 - 0.03, 0.6 / 2 + 0.03);
    }

    [Fact]
    public void WhenAStockRunsOutTheOtherTypeTakesWhatItCanAndTheRestLeak()
    {
        // Two products: the missile and a gun whose rounds in the fit also killed ballistic missiles (0.3 kills for 5
        // rounds, beside the missile's 0.5 for 2). With no missiles the doctrine hands the missile's kills to the guns,
        // which have rounds to spare, at the guns' kills per round.
        var definition = TestCampaign.Definition() with
        {
            Products =
            [
                TestCampaign.Definition().Products[0],
                new ProductDefinition { Id = "rounds", Name = "35 mm", Kind = ProductKind.GunAmmunition, InterceptorType = "test-gun-round", BillOfMaterials = new Dictionary<string, int>() },
            ],
            Logistics = TestCampaign.Definition().Logistics with
            {
                FireUnits = [.. TestCampaign.Definition().Logistics.FireUnits, new FireUnitSupply { Id = "gun-1", Product = "rounds", InitialStock = 0, TargetStock = 0, Priority = 3, TransitDays = 1, LossFraction = 0 }],
            },
        };
        var ballistic = TestCampaign.Outcomes.Threats[1] with
        {
            Points = [.. TestCampaign.Outcomes.Threats[1].Points.Select(p => p with
            {
                ShotsPerThreat = new Dictionary<string, double> { ["test-missile"] = 2, ["test-gun-round"] = 5 },
                KillsPerThreat = new Dictionary<string, double> { ["test-missile"] = 0.5, ["test-gun-round"] = 0.3 },
            })],
        };
        var table = TestCampaign.Outcomes with { Threats = [TestCampaign.Outcomes.Threats[0], ballistic] };
        var full = Mean(definition, table, [20, 1], [1000, 100_000]);
        var noMissiles = Mean(definition, table, [20, 1], [0, 100_000]);
        var nothing = Mean(definition, table, [20, 1], [0, 0]);
        Assert.InRange(full.Killed[1], 0.8 - 0.02, 0.8 + 0.02);
        // The missile's 0.5 kills go to the guns at 0.3/5 = 0.06 a round (0.8 again, for 0.5/0.06 = 8.33 more rounds),
        // and its 20 × 0.08 = 1.6 drone kills at 0.6/40 = 0.015 a round (106.67 more rounds): 115 more in all.
        Assert.InRange(noMissiles.Killed[1], 0.8 - 0.02, 0.8 + 0.02);
        Assert.InRange(noMissiles.Killed[0], full.Killed[0] - 0.01, full.Killed[0] + 0.01);
        Assert.Equal(0, noMissiles.Fired[0]);
        Assert.InRange(noMissiles.Fired[1] - full.Fired[1], 115 - 0.3, 115 + 0.3);
        // With nothing in stock nothing is killed by either, and the survivors leak at the fit's share (0.2 / 0.2 = all).
        Assert.Equal(0, nothing.Killed[1], 9);
        Assert.Equal(1, nothing.Leaked[1], 9);
    }

    [Fact]
    public void AShortStockGoesToTheMostDamagingThreatsAndItsReserveOnlyToThose()
    {
        // 20 drones want 2 missiles and the ballistic missile (5 × the damage per leaker) wants 2. With 2 in stock both
        // go to the ballistic missile: its kills stay at 0.8, the drones lose their missile kills. With a reserve of
        // 2 kept for threats doing at least EUR 20 M a leaker (the ballistic missile's 50 M, not the drones' 10 M), a
        // stock of 3 gives the drones 1 at most, never the reserve.
        var definition = TestCampaign.Definition();
        var two = Mean(definition, TestCampaign.Outcomes, [20, 1], [2]);
        Assert.InRange(two.Killed[1], 0.8 - 0.02, 0.8 + 0.02);
        Assert.InRange(two.Killed[0], 0.6 - 0.01, 0.6 + 0.01); // the guns' 0.6 only
        Assert.InRange(two.Fired[0], 2 - 0.01, 2 + 0.01);

        var reserved = definition with
        {
            Doctrine = new CampaignDoctrine { Reserve = new Dictionary<string, int> { ["lr"] = 2 }, ReserveForDamageEurPerLeaker = 2e7 },
        };
        var none = Mean(reserved, TestCampaign.Outcomes, [20, 0], [2]); // no ballistic missile tonight: the reserve stays
        Assert.Equal(0, none.Fired[0], 9);
        var three = Mean(reserved, TestCampaign.Outcomes, [20, 0], [3]);
        Assert.InRange(three.Fired[0], 1 - 0.01, 1 + 0.01);
        var withBallistic = Mean(reserved, TestCampaign.Outcomes, [20, 1], [2]);
        Assert.InRange(withBallistic.Fired[0], 2 - 0.01, 2 + 0.01);
        Assert.InRange(withBallistic.Killed[1], 0.8 - 0.02, 0.8 + 0.02);
    }
}
