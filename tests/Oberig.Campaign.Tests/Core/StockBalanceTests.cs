using CsCheck;
using Oberig.Campaign.Running;
using Oberig.Scenario.Campaign;

namespace Oberig.Campaign.Tests.Core;

public class StockBalanceTests
{
    [Fact]
    public void EveryProductBalancesInEveryReplication()
    {
        // initial + produced − fired − lost = final, exactly, for any capacities, funding and raid sizes; and components:
        // initial + made − used = in store.
        Gen.Select(Gen.Double[0, 40], Gen.Double[0, 30], Gen.Double[0, 2e7], Gen.Double[0, 60], Gen.Int[0, 1000]).Sample((seekers, assembly, money, drones, seed) =>
        {
            var definition = TestCampaign.Definition(
                lines: [TestCampaign.Line("fr-seeker", "fr", "seeker", seekers), TestCampaign.Line("ua-motor", "ua", "motor", 20),
                    TestCampaign.Line("ua-assembly", "ua", "lr", assembly, leadTimeDays: 20)],
                funding: [TestCampaign.Source("joint", money)], months: 3, drones: drones);
            var model = TestCampaign.Model(definition);
            var r = CampaignReplication.Run(model, null, (ulong)seed, 0);
            int produced = Sum(r.Produced), fired = Sum(r.Fired), lost = Sum(r.Lost);
            Assert.Equal(r.InitialStock[0] + produced - fired - lost, r.FinalStock[0]);
            Assert.Equal(16 + 8 + 5, r.InitialStock[0]);
            for (int c = 0; c < 2; c++)
                Assert.Equal(r.InitialComponents[c] + r.ComponentsMade[c] - r.ComponentsUsed[c], r.FinalComponents[c]);
            Assert.All(r.FinalComponents, n => Assert.True(n >= 0));
        }, iter: 60);
    }

    private static int Sum(int[,] values)
    {
        int s = 0;
        foreach (int v in values) s += v;
        return s;
    }
}
