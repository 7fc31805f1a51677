using Oberig.Campaign.Running;
using Oberig.Scenario.Campaign;

namespace Oberig.Campaign.Tests.Core;

public class LapseFirstTests
{
    [Fact]
    public void MoneyThatWouldLapseIsSpentBeforeMoneyThatCarriesOver()
    {
        // The motor line may be paid by Ukraine's budget (carried over, listed first) or the joint fund (lapses); the
        // seeker line only by the joint fund. Month 0 the motor line asks 2 M: taken from the joint fund, which would
        // lapse anyway, Ukraine keeps its 2 M for month 1, when the motor line asks 4 M and the seeker line the joint
        // fund's 2 M. Taken from Ukraine's budget first, month 1 would be 2 M short.
        var lines = new[]
        {
            TestCampaign.Line("fr-seeker", "fr", "seeker", 10),
            TestCampaign.Line("ua-motor", "ua", "motor", 30),
            TestCampaign.Line("ua-assembly", "ua", "lr", 15),
        };
        var definition = TestCampaign.Definition(lines: lines, months: 2, funding:
        [
            TestCampaign.Source("ua-budget", 2e6, countries: ["ua"]),
            TestCampaign.Source("joint-fund", 2e6, unspent: UnspentFunds.Lapse),
        ]);
        var plan = new FundingPlan
        {
            Funding = new Dictionary<string, IReadOnlyList<double>> { ["ua-motor"] = [2e6, 4e6], ["fr-seeker"] = [0, 2e6] },
            Investments = [],
        };
        var r = CampaignReplication.Run(TestCampaign.Model(definition), plan, 3, 0);
        Assert.Equal(2e6, r.SourcePaidEur[1, 1, 0], 3);      // month 0: the joint fund paid the motor line
        Assert.Equal(4e6, r.LineSpentEur[1, 1], 3);          // month 1: 1 M fixed + 30 motors
        Assert.Equal(2e6, r.LineSpentEur[0, 1], 3);          // month 1: 1 M fixed + 10 seekers
        Assert.Equal(0, r.SourceLapsedEur[1, 1], 3);
    }
}
