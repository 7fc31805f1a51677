using CsCheck;
using Oberig.Campaign.Funding;
using Oberig.Campaign.Running;
using Oberig.Scenario.Campaign;

namespace Oberig.Campaign.Tests.Core;

public class FundingTests
{
    [Fact]
    public void TheAllocationIsAMaximumFlowThatPaysOnlyAllowedLines()
    {
        // Max-flow = min-cut: with unbounded source→line edges, a cut keeps a set A of lines on the sink side; it costs
        // the requests of the lines outside A plus the balances of every source allowed to pay a line in A. The least
        // such cost over all 2^lines sets is the most any allowed payment plan can move (brute force).
        Gen.Select(Gen.Int[1, 4], Gen.Int[1, 5], Gen.Int[0, int.MaxValue]).Sample((sources, lines, seed) =>
        {
            var random = new Oberig.Core.Random.RandomStream((ulong)seed);
            var available = Enumerable.Range(0, sources).Select(_ => Math.Round(random.NextDouble(0, 10), 2)).ToArray();
            var requested = Enumerable.Range(0, lines).Select(_ => Math.Round(random.NextDouble(0, 10), 2)).ToArray();
            var eligible = new bool[sources, lines];
            for (int s = 0; s < sources; s++)
                for (int l = 0; l < lines; l++) eligible[s, l] = random.NextDouble() < 0.5;
            var paid = FundingFlow.Allocate(available, requested, eligible);
            double total = 0;
            for (int s = 0; s < sources; s++)
            {
                double fromSource = 0;
                for (int l = 0; l < lines; l++)
                {
                    Assert.True(paid[s, l] >= -1e-9);
                    if (!eligible[s, l]) Assert.Equal(0, paid[s, l]);
                    fromSource += paid[s, l];
                }
                Assert.True(fromSource <= available[s] + 1e-9);
                total += fromSource;
            }
            for (int l = 0; l < lines; l++)
                Assert.True(Enumerable.Range(0, sources).Sum(s => paid[s, l]) <= requested[l] + 1e-9);
            double minCut = double.PositiveInfinity;
            for (int mask = 0; mask < 1 << lines; mask++)
            {
                double cut = 0;
                for (int l = 0; l < lines; l++) if ((mask & (1 << l)) == 0) cut += requested[l];
                for (int s = 0; s < sources; s++)
                    if (Enumerable.Range(0, lines).Any(l => (mask & (1 << l)) != 0 && eligible[s, l])) cut += available[s];
                minCut = Math.Min(minCut, cut);
            }
            Assert.Equal(minCut, total, 6);
        }, iter: 300);
    }

    [Fact]
    public void NoSourceEverPaysALineItsRulesForbidAndLapsedMoneyIsGone()
    {
        // France's budget may pay only French lines, Ukraine's only Ukrainian ones and lapses monthly, a joint fund only
        // the assembly line: in every month of every replication each payment is allowed and no source pays more
        // than it had.
        var funding = new[]
        {
            TestCampaign.Source("fr-budget", 4e6, countries: ["fr"]),
            TestCampaign.Source("ua-budget", 3e6, countries: ["ua"], unspent: UnspentFunds.Lapse),
            TestCampaign.Source("joint", 2e6, lines: ["ua-assembly"]),
        };
        var definition = TestCampaign.Definition(funding: funding);
        var model = TestCampaign.Model(definition);
        foreach (var r in CampaignRunner.Run(model, null, new CampaignRunOptions { Replications = 4, Threads = 2 }))
        {
            for (int s = 0; s < funding.Length; s++)
            {
                double carried = 0;
                for (int m = 0; m < definition.Months; m++)
                {
                    double paid = 0;
                    for (int l = 0; l < definition.Lines.Count; l++)
                    {
                        double eur = r.SourcePaidEur[s, l, m];
                        if (!FundingLedger.MayPay(funding[s], definition.Lines[l])) Assert.Equal(0, eur, 9);
                        paid += eur;
                    }
                    double available = carried + funding[s].EurPerMonth[0];
                    Assert.True(paid <= available + 1e-6, $"{funding[s].Id} month {m}: paid {paid} of {available}");
                    if (funding[s].Unspent == UnspentFunds.Lapse && m > 0) Assert.Equal(carried, r.SourceLapsedEur[s, m], 6);
                    carried = r.SourceBalanceEur[s, m];
                    Assert.Equal(available - paid, carried, 6);
                }
            }
        }
    }
}
