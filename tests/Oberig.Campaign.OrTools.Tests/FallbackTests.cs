using Oberig.Campaign.Running;
using Oberig.Campaign.Tests;
using Oberig.Scenario.Campaign;

namespace Oberig.Campaign.OrTools.Tests;

/// <summary>
/// Products making up for each other: the test campaign's missile (10 seekers a month against 120 wanted) and gun
/// rounds, which the fit fires at drones too (40 rounds for 0.6 kills a drone, against the missile's 0.1 for 0.08).
/// When missiles run short, the night resolver hands the drones they would have killed to the guns; the program
/// must see that spare rounds are worth buying, and the simulation must agree.
/// </summary>
public class FallbackTests
{
    private const double RoundCostEur = 500;

    /// <summary>The test campaign with a gun-round product, its line (Ukraine, 40,000 a month, money to spare) and
    /// the rounds in stock with one gun unit; the missile lines as the test campaign has them.</summary>
    private static CampaignDefinition WithGuns(int months = 4)
    {
        var c = TestCampaign.Definition(months: months);
        var rounds = new ProductDefinition
        {
            Id = "rounds", Name = "Gun rounds", Kind = ProductKind.GunAmmunition, InterceptorType = "test-gun-round",
            BillOfMaterials = new Dictionary<string, int>(), UnitCostEur = RoundCostEur,
        };
        return c with
        {
            Products = [.. c.Products, rounds],
            Lines = [.. c.Lines, TestCampaign.Line("ua-rounds", "ua", "rounds", 40000, fixedCost: 1e5, unitCost: RoundCostEur, leadTimeDays: 5)],
            Funding = [.. c.Funding, TestCampaign.Source("ua-guns", 2.5e7, lines: ["ua-rounds"])],
            Logistics = c.Logistics with
            {
                InitialDepotStock = new Dictionary<string, int>(c.Logistics.InitialDepotStock) { ["rounds"] = 5000 },
                FireUnits = [.. c.Logistics.FireUnits, new FireUnitSupply { Id = "gun-1", Product = "rounds", InitialStock = 5000, TargetStock = 20000, Priority = 1, TransitDays = 1, LossFraction = 0 }],
            },
        };
    }

    [Fact]
    public void TheProgramBuysRoundsForTheDronesTheMissilesCannotMeet()
    {
        var c = WithGuns();
        var model = Campaigns.Model(c);
        var nights = ExpectedNights.Of(model);
        var (solution, _) = FundingOptimizer.Solve(model, nights, Campaigns.Options(CampaignObjective.Damage), null);
        int rounds = c.Products.Count - 1, drone = 0, ballistic = 1;
        double own = Enumerable.Range(0, c.Months).Sum(m => nights.Demand[rounds, m]);
        double fired = Enumerable.Range(0, c.Months).Sum(m => solution.Fired[rounds, m]);
        // The missiles' lost drone kills at the guns' rate: what the rounds must add to their own demand.
        double fallback = 0;
        for (int m = 0; m < c.Months; m++)
            for (int k = 0; k < nights.Classes; k++)
                fallback += nights.Averted[drone, 0, m, k] / nights.AvertedPerShot(drone, rounds, m, k);
        double missiles = Enumerable.Range(0, c.Months).Sum(m => solution.Fired[0, m]);
        Assert.True(fired > own + 0.5 * fallback, $"rounds fired {fired:F0}, own demand {own:F0}, fallback for the missiles' drones {fallback:F0}");
        // Drones the missiles miss are met by rounds; ballistic missiles, which no gun engages, are not.
        double droneMissed = Enumerable.Range(0, c.Months).Sum(m => solution.ExtraLeakers[drone, m]);
        double ballisticMissed = Enumerable.Range(0, c.Months).Sum(m => solution.ExtraLeakers[ballistic, m]);
        Assert.True(droneMissed < 0.05 * ballisticMissed, $"drone leakers missed {droneMissed:F1}, ballistic {ballisticMissed:F1}; missiles fired {missiles:F0}");
    }

    [Fact]
    public void TheSimulationFiresTheSpareRoundsTheProgramBuys()
    {
        // The rounds the program plans beyond their own demand are the missiles' drone kills at the guns' rate; the
        // simulation, run on the plan with missiles short and again with missiles in plenty, must fire about as many
        // more rounds in the first case (the resolver's fallback), and save leakers with them.
        var c = WithGuns();
        var model = Campaigns.Model(c);
        var nights = ExpectedNights.Of(model);
        var plan = FundingOptimizer.Optimize(model, Campaigns.Options(CampaignObjective.Damage) with { Marginals = false }).Plan;
        int rounds = c.Products.Count - 1, drone = 0;
        double planned = 0;
        for (int m = 0; m < c.Months; m++)
            for (int k = 0; k < nights.Classes; k++)
            {
                // With missiles this short, every drone kill they would make is left to the guns.
                double missing = nights.Averted[drone, 0, m, k];
                planned += missing / nights.AvertedPerShot(drone, rounds, m, k);
            }
        var plenty = c with
        {
            Logistics = c.Logistics with { FireUnits = [.. c.Logistics.FireUnits.Select(u => u.Product == "lr" ? u with { InitialStock = 10_000, TargetStock = 10_000 } : u)] },
        };
        var run = new CampaignRunOptions { Replications = 40, Seed = 3, Threads = 2 };
        var short_ = CampaignRunner.Run(model, plan, run);
        var ample = CampaignRunner.Run(model.WithCampaign(plenty), plan, run);
        double extra = short_.Average(r => Enumerable.Range(0, c.Months).Sum(m => r.Fired[rounds, m])) - ample.Average(r => Enumerable.Range(0, c.Months).Sum(m => r.Fired[rounds, m]));
        double missilesAtDrones = Enumerable.Range(0, c.Months).Sum(m => short_.Average(r => r.Fired[0, m]));
        Assert.True(extra > 0.5 * planned && extra < 1.5 * planned, $"rounds fired for the missiles' drones: {extra:F0} in the simulation, {planned:F0} by the program's rates (missiles fired {missilesAtDrones:F0})");
    }
}
