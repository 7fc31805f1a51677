using Oberig.Campaign.Outcomes;

namespace Oberig.Campaign.Tests.Outcomes;

public class RaidScalingTests
{
    [Theory]
    [InlineData(8, 0.5, 4)]
    [InlineData(5, 0.5, 3)]   // 2.5: halves round away from zero
    [InlineData(1, 0.5, 1)]   // a raid is thinned, never removed
    [InlineData(1, 0.2, 1)]
    [InlineData(0, 4, 0)]
    [InlineData(4, 4, 16)]
    [InlineData(3, 1.5, 5)]   // 4.5
    public void ScaledCountRoundsToNearestAndKeepsEveryRaid(int count, double scale, int expected) =>
        Assert.Equal(expected, RaidScaling.ScaledCount(count, scale));

    [Fact]
    public void AScaledRaidKeepsItsLaunchWindow()
    {
        var scaled = RaidScaling.Scale(FitScenarios.Defended, 4);
        for (int i = 0; i < scaled.Raids.Count; i++)
        {
            var (before, after) = (FitScenarios.Defended.Raids[i], scaled.Raids[i]);
            Assert.Equal(before.Count * 4, after.Count);
            Assert.Equal(before.FirstLaunch, after.FirstLaunch);
            Assert.Equal(before.Spacing.Seconds * (before.Count - 1), after.Spacing.Seconds * (after.Count - 1), 9);
        }
    }

    [Fact]
    public void ACompositionSplitsEachTypeOverItsRaidsInProportion()
    {
        // Drones: north 8, east 4. 9 drones: quotas 6 and 3.
        var night = RaidScaling.ToComposition(FitScenarios.Defended, new Dictionary<string, int> { ["test-drone"] = 9, ["test-ballistic"] = 1 });
        Assert.Equal([6, 3, 1], night.Raids.Select(r => r.Count));
        // 10 drones: quotas 6.67 and 3.33 -> the larger remainder gets the odd one.
        night = RaidScaling.ToComposition(FitScenarios.Defended, new Dictionary<string, int> { ["test-drone"] = 10 });
        Assert.Equal([7, 3, 0], night.Raids.Select(r => r.Count));
    }

    [Fact]
    public void ApportionAlwaysHandsOutExactlyTheTotal()
    {
        foreach (int total in new[] { 0, 1, 2, 7, 100, 1001 })
        foreach (int[] weights in new[] { new[] { 1 }, [1, 1, 1], [3, 0, 5], [0, 0], [20, 15, 15, 10] })
        {
            var shares = RaidScaling.Apportion(total, weights);
            Assert.Equal(total, shares.Sum());
            Assert.All(shares, s => Assert.True(s >= 0));
        }
    }
}
