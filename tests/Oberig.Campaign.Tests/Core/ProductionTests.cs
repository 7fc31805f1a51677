using Oberig.Campaign.Running;
using Oberig.Scenario.Campaign;

namespace Oberig.Campaign.Tests.Core;

public class ProductionTests
{
    private static int Produced(CampaignDefinition definition, FundingPlan? plan = null) =>
        Sum(CampaignReplication.Run(TestCampaign.Model(definition), plan, 3, 0).Produced);

    [Fact]
    public void WithoutFundingOnlyTheWorkInProgressComesOut()
    {
        var lines = new[]
        {
            TestCampaign.Line("fr-seeker", "fr", "seeker", 10) with { InitialWorkInProgress = 6 },
            TestCampaign.Line("ua-motor", "ua", "motor", 20),
            TestCampaign.Line("ua-assembly", "ua", "lr", 15, leadTimeDays: 20) with { InitialWorkInProgress = 7 },
        };
        var definition = TestCampaign.Definition(lines: lines, funding: [TestCampaign.Source("none", 0)]);
        var r = CampaignReplication.Run(TestCampaign.Model(definition), null, 3, 0);
        Assert.Equal(7, Sum(r.Produced));           // the assembly line's work in progress, and nothing started
        Assert.Equal([6, 0], r.ComponentsMade);     // the seeker line's work in progress
        Assert.Equal([0, 0], r.ComponentsUsed);
        Assert.All(Enumerable.Range(0, 3), l => Assert.Equal(0, Enumerable.Range(0, 6).Sum(m => r.LineStarted[l, m])));
        Assert.All(r.SourcePaidEur.Cast<double>(), eur => Assert.Equal(0, eur));
    }

    [Fact]
    public void OnlyTheBottleneckLinesCapacityRaisesOutput()
    {
        // Seekers (10 a month) limit assembly (15) and motors (20); money is ample. 6 months, 20-day assembly lead time.
        var money = new[] { TestCampaign.Source("joint", 1e9) };
        LineDefinition[] Lines(double seekers, double motors, double assembly) =>
        [
            TestCampaign.Line("fr-seeker", "fr", "seeker", seekers), TestCampaign.Line("ua-motor", "ua", "motor", motors),
            TestCampaign.Line("ua-assembly", "ua", "lr", assembly, leadTimeDays: 20),
        ];
        int baseline = Produced(TestCampaign.Definition(lines: Lines(10, 20, 15), funding: money));
        Assert.Equal(baseline, Produced(TestCampaign.Definition(lines: Lines(10, 40, 15), funding: money)));
        Assert.Equal(baseline, Produced(TestCampaign.Definition(lines: Lines(10, 20, 30), funding: money)));
        int more = Produced(TestCampaign.Definition(lines: Lines(14, 20, 15), funding: money));
        Assert.True(more > baseline, $"seekers 14: {more}, 10: {baseline}");
        // Closed form: seekers finish 10 a month after a 10-day lead time, plus the 4 in store; each is assembled
        // within the 20-day assembly lead time. Over 180 days: about 4 + 10 × (180 − 10 − 20) / 30 = 54.
        Assert.InRange(baseline, 50, 56);
    }

    [Fact]
    public void AnIdleLineClosesAndNeedsItsRestartMonthsOnceFundedAgain()
    {
        // The seeker line gets nothing in months 0-2, so it closes after 2 idle months; funded again from month 3 it
        // pays 2 restart months (3 and 4) and starts again in month 5.
        var lines = new[]
        {
            TestCampaign.Line("fr-seeker", "fr", "seeker", 10) with { IdleMonthsToClose = 2, RestartMonths = 2 },
            TestCampaign.Line("ua-motor", "ua", "motor", 20),
            TestCampaign.Line("ua-assembly", "ua", "lr", 15),
        };
        var plan = new FundingPlan
        {
            Funding = new Dictionary<string, IReadOnlyList<double>>
            {
                ["fr-seeker"] = [0, 0, 0, 5e6, 5e6, 5e6, 5e6], ["ua-motor"] = [5e6], ["ua-assembly"] = [5e6],
            },
            Investments = [],
        };
        var definition = TestCampaign.Definition(lines: lines, funding: [TestCampaign.Source("joint", 1e8)], months: 7);
        var r = CampaignReplication.Run(TestCampaign.Model(definition), plan, 3, 0);
        Assert.Equal([0, 0, 0, 0, 0, 10, 10], Enumerable.Range(0, 7).Select(m => r.LineStarted[0, m]));
        Assert.Equal([false, false, false, false, false, true, true], Enumerable.Range(0, 7).Select(m => r.LineRunning[0, m]));
        // Restart months cost the fixed cost (1 M) and nothing else.
        Assert.Equal([0, 0, 0, 1e6, 1e6], Enumerable.Range(0, 5).Select(m => r.LineSpentEur[0, m]));
    }

    [Fact]
    public void AnInvestmentAddsCapacityAfterItsLeadTimeAndIsPaidByAnAllowedSource()
    {
        var seeker = TestCampaign.Line("fr-seeker", "fr", "seeker", 10) with
        {
            Investments = [new InvestmentOption("second-shift", 3e6, 2, 6)],
        };
        var definition = TestCampaign.Definition(lines: [seeker, TestCampaign.Line("ua-motor", "ua", "motor", 20), TestCampaign.Line("ua-assembly", "ua", "lr", 30)],
            funding: [TestCampaign.Source("fr-budget", 2e7, countries: ["fr"]), TestCampaign.Source("ua-budget", 2e7, countries: ["ua"])]);
        var plan = new FundingPlan
        {
            Funding = new Dictionary<string, IReadOnlyList<double>> { ["fr-seeker"] = [1e7], ["ua-motor"] = [1e7], ["ua-assembly"] = [1e7] },
            Investments = [new PlannedInvestment("fr-seeker", "second-shift", 1)],
        };
        var r = CampaignReplication.Run(TestCampaign.Model(definition), plan, 3, 0);
        Assert.Equal([10, 10, 10, 16, 16, 16], Enumerable.Range(0, 6).Select(m => r.LineCapacity[0, m]));
        Assert.Equal([10, 10, 10, 16, 16, 16], Enumerable.Range(0, 6).Select(m => r.LineStarted[0, m]));
        Assert.Single(r.Investments);
        // Paid by France's budget (the only one allowed to pay a French line): 1 M fixed + 10 × 0.1 M + 3 M capital.
        Assert.Equal(5e6, r.SourcePaidEur[0, 0, 1], 6);
        Assert.Equal(0, r.SourcePaidEur[1, 0, 1]);
    }

    internal static int Sum(int[,] values)
    {
        int s = 0;
        foreach (int v in values) s += v;
        return s;
    }
}
