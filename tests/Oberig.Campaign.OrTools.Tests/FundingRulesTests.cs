using Oberig.Campaign.Running;
using Oberig.Campaign.Tests;
using Oberig.Scenario.Campaign;

namespace Oberig.Campaign.OrTools.Tests;

/// <summary>The program's plan keeps the campaign's rules: who may pay whom, balances, lapse, budget, capacity and the
/// bill of materials; and the simulation can fund what it planned.</summary>
public class FundingRulesTests
{
    /// <summary>Three sources with different rules: France's (French lines, carried over), Ukraine's (Ukrainian lines,
    /// lapsing), and a joint fund only for the assembly line, lapsing; plus an investment on the seeker line.</summary>
    private static CampaignDefinition Mixed()
    {
        var seeker = TestCampaign.Line("fr-seeker", "fr", "seeker", 10) with { Investments = [new InvestmentOption("shift", 2e6, 1, 8)] };
        return TestCampaign.Definition(months: 6,
            lines: [seeker, TestCampaign.Line("ua-motor", "ua", "motor", 20), TestCampaign.Line("ua-assembly", "ua", "lr", 15, leadTimeDays: 20)],
            funding:
            [
                TestCampaign.Source("fr-budget", 2.5e6, countries: ["fr"]),
                TestCampaign.Source("ua-budget", 2e6, countries: ["ua"], unspent: UnspentFunds.Lapse),
                TestCampaign.Source("assembly-fund", 1.5e6, lines: ["ua-assembly"], unspent: UnspentFunds.Lapse),
            ]);
    }

    [Fact]
    public void MoneyFlowsOnlyWhereTheRulesAllowAndNoSourceOverspends()
    {
        var c = Mixed();
        var result = FundingOptimizer.Optimize(Campaigns.Model(c), Campaigns.Options());
        for (int s = 0; s < c.Funding.Count; s++)
        {
            double balance = 0;
            for (int m = 0; m < c.Months; m++)
            {
                double paid = Enumerable.Range(0, c.Lines.Count).Sum(l => result.Flows[s, l, m]);
                for (int l = 0; l < c.Lines.Count; l++)
                    if (!Campaigns.MayPay(c.Funding[s], c.Lines[l]))
                        Assert.True(result.Flows[s, l, m] == 0, $"{c.Funding[s].Id} paid {c.Lines[l].Id} in month {m}");
                if (c.Funding[s].Unspent == UnspentFunds.Lapse) balance = 0;
                balance += c.Funding[s].AmountInMonth(m) - paid;
                Assert.True(balance >= -1e-3, $"{c.Funding[s].Id} month {m}: balance {balance}");
            }
        }
        // The money is short, so the program must have used the carried-over French money and the assembly fund.
        Assert.True(Enumerable.Range(0, c.Months).Sum(m => result.Flows[2, 2, m]) > 1e6);
    }

    [Fact]
    public void ABudgetCapsTheWholePlan()
    {
        var c = Mixed();
        var options = Campaigns.Options() with { BudgetEur = 12e6 };
        var result = FundingOptimizer.Optimize(Campaigns.Model(c), options);
        double paid = 0;
        foreach (double eur in result.Flows) paid += eur;
        Assert.InRange(paid, 11e6, 12e6 + 1e-3);
        var free = FundingOptimizer.Optimize(Campaigns.Model(c), Campaigns.Options());
        Assert.True(result.ExpectedLeakers > free.ExpectedLeakers + 1, $"capped {result.ExpectedLeakers}, free {free.ExpectedLeakers}");
    }

    [Fact]
    public void StartsKeepWithinCapacityAndTheBillOfMaterials()
    {
        var c = Mixed();
        var result = FundingOptimizer.Optimize(Campaigns.Model(c), Campaigns.Options());
        var invested = result.Plan.Investments.SingleOrDefault();
        for (int m = 0; m < c.Months; m++)
        {
            double seekerCapacity = 10 + (invested is not null && m >= invested.Month + 1 ? 8 : 0);
            Assert.True(result.Starts[0, m] <= seekerCapacity + 1e-6, $"seekers month {m}: {result.Starts[0, m]} > {seekerCapacity}");
            Assert.True(result.Starts[1, m] <= 20 + 1e-6);
            Assert.True(result.Starts[2, m] <= 15 + 1e-6);
        }
        // Final assembly never starts more than the seekers (4 in store) and motors (none) started so far could supply.
        double seekers = 4, motors = 0, assembled = 0;
        for (int m = 0; m < c.Months; m++)
        {
            seekers += result.Starts[0, m];
            motors += result.Starts[1, m];
            assembled += result.Starts[2, m];
            Assert.True(assembled <= seekers + 1e-6, $"month {m}: assembled {assembled}, seekers {seekers}");
            Assert.True(assembled <= motors + 1e-6, $"month {m}: assembled {assembled}, motors {motors}");
        }
    }

    [Fact]
    public void TheSimulationFundsEveryLineMonthThePlanFunds()
    {
        var c = Mixed();
        var model = Campaigns.Model(c);
        var result = FundingOptimizer.Optimize(model, Campaigns.Options());
        var r = CampaignReplication.Run(model, result.Plan, 5, 0);
        Assert.Empty(r.UnfundedInvestments);
        for (int l = 0; l < c.Lines.Count; l++)
            for (int m = 0; m < c.Months; m++)
                if (result.Plan.ForLine(c.Lines[l].Id, m) > 0)
                    Assert.True(r.LineRunning[l, m], $"{c.Lines[l].Id} month {m} planned {result.Plan.ForLine(c.Lines[l].Id, m)} but idled");
        // Every source's balance stays non-negative in the simulation too.
        Assert.All(r.SourceBalanceEur.Cast<double>(), b => Assert.True(b >= -1e-3));
    }

    [Fact]
    public void TheEqualSplitDividesEachSourceOverTheLinesItMayPay()
    {
        var plan = EqualSplitPlan.For(Mixed());
        Assert.Equal(2.5e6, plan.ForLine("fr-seeker", 3));
        Assert.Equal(1e6, plan.ForLine("ua-motor", 3));
        Assert.Equal(1e6 + 1.5e6, plan.ForLine("ua-assembly", 3));
        var halved = EqualSplitPlan.For(Mixed(), budgetEur: 18e6);
        Assert.Equal(1.25e6, halved.ForLine("fr-seeker", 0), 6);
    }
}
