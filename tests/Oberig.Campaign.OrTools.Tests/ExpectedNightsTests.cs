using Oberig.Campaign.Tests;
using Oberig.Scenario.Campaign;

namespace Oberig.Campaign.OrTools.Tests;

/// <summary>The expected-value nights against closed forms read off the test campaign's outcome table.</summary>
public class ExpectedNightsTests
{
    [Fact]
    public void WithoutMassedRaidsOneClassHoldsTheTablesFiguresAtTheMeanRaid()
    {
        var c = TestCampaign.Definition(months: 3);
        c = c with { Tempo = [.. c.Tempo.Select(t => t with { MassedRaidProbabilityPerDay = 0, TrendPerMonth = 0 })] };
        var nights = ExpectedNights.Of(TestCampaign.Model(c));
        Assert.Equal([1.0], nights.NightShare);
        // 20 drones and 1 ballistic missile a night: the table's scale-1 point (its baseline raid).
        for (int m = 0; m < 3; m++)
        {
            Assert.Equal(30 * 20 * 0.1, nights.Wanted[0, 0, m, 0], 9);
            Assert.Equal(30 * 1 * 2.0, nights.Wanted[1, 0, m, 0], 9);
            // Survivors leak at 0.25 / (1 − 0.68) of a drone raid (missile 0.08 and guns 0.6 kill per drone).
            Assert.Equal(0.08 / 0.1 * (0.25 / (1 - 0.68)), nights.AvertedPerShot(0, 0, m, 0), 9);
            Assert.Equal(0.8 / 2.0 * (0.2 / (1 - 0.8)), nights.AvertedPerShot(1, 0, m, 0), 9);
            Assert.Equal(30 * (20 * 0.1 + 2.0), nights.Demand[0, m], 9);
        }
    }

    [Fact]
    public void MassedNightsAreAClassOfTheirOwnWithTheirShareAndBiggerRaid()
    {
        // The test campaign's drones are massed (×4) on 5 % of nights, with 5 % growth a month.
        var c = TestCampaign.Definition(months: 2);
        var nights = ExpectedNights.Of(TestCampaign.Model(c));
        Assert.Equal(2, nights.Classes);
        Assert.Equal(0.95, nights.NightShare[0], 12);
        Assert.Equal(0.05, nights.NightShare[1], 12);
        // Month 1 (grown 5 %): a quiet night has 21 drones and 1 ballistic missile, x = 22 / 21 of the table's raid; a
        // massed one 84 drones, x = 85 / 21, past the largest scale (2), so shots per threat fall as 2 / x.
        double quiet = 22.0 / 21, massed = 85.0 / 21;
        double quietShots = 0.1 + (0.06 - 0.1) * (quiet - 1), massedShots = 0.06 * 2 / massed;
        Assert.Equal(30 * 0.95 * 21 * quietShots, nights.Wanted[0, 0, 1, 0], 9);
        Assert.Equal(30 * 0.05 * 84 * massedShots, nights.Wanted[0, 0, 1, 1], 9);
        Assert.Equal(nights.Wanted[0, 0, 1, 0] + nights.Wanted[0, 0, 1, 1] + nights.Wanted[1, 0, 1, 0] + nights.Wanted[1, 0, 1, 1], nights.Demand[0, 1], 9);
    }
}
