using Oberig.Campaign.Raids;
using Oberig.Campaign.Random;
using Oberig.Core.Random;
using Oberig.Scenario.Campaign;

namespace Oberig.Campaign.Tests.Core;

public class RaidTempoTests
{
    [Theory]
    [InlineData(40, 0.0)]
    [InlineData(40, 0.5)]
    [InlineData(3, 1.0)]
    public void NightlyCountsHaveTheTemposMeanAndTheNegativeBinomialsVariance(double mean, double cv)
    {
        // Closed forms: Poisson variance = mean; Gamma–Poisson mixture variance = mean + (cv·mean)².
        var tempo = new RaidTempo { Threat = "x", MeanPerDay = mean, Dispersion = cv, TrendPerMonth = 0, MassedRaidProbabilityPerDay = 0, MassedRaidMultiplier = 1 };
        var generator = new RaidGenerator([tempo], new Draw(RandomStreams.For(5, 0, "test")));
        const int nights = 40_000;
        var counts = new int[1];
        double sum = 0, sumSq = 0;
        for (int k = 0; k < nights; k++)
        {
            generator.Night(0, counts);
            sum += counts[0];
            sumSq += (double)counts[0] * counts[0];
        }
        double m = sum / nights, variance = sumSq / nights - m * m, expected = mean + cv * cv * mean * mean;
        Assert.InRange(m, mean * 0.98, mean * 1.02);
        Assert.InRange(variance, expected * 0.93, expected * 1.07);
    }

    [Fact]
    public void TheTrendCompoundsMonthlyAndMassedRaidsMultiplyTheirShareOfNights()
    {
        var tempo = new RaidTempo { Threat = "x", MeanPerDay = 10, Dispersion = 0, TrendPerMonth = 0.1, MassedRaidProbabilityPerDay = 0.2, MassedRaidMultiplier = 5 };
        var generator = new RaidGenerator([tempo], new Draw(RandomStreams.For(5, 0, "test")));
        Assert.Equal(10 * Math.Pow(1.1, 6), generator.MeanPerDay(0, 6), 9);
        var counts = new int[1];
        double sum = 0;
        for (int k = 0; k < 40_000; k++) { generator.Night(6, counts); sum += counts[0]; }
        // E = mean_6 × (0.8 + 0.2 × 5) = 1.8 × 17.7156
        Assert.InRange(sum / 40_000, 1.8 * 17.7156 * 0.98, 1.8 * 17.7156 * 1.02);
    }
}
