using Oberig.Analysis.Statistics;

namespace Oberig.Analysis.Tests;

public class EstimateTests
{
    [Fact]
    public void ConfidenceIntervalUsesStudentTQuantile()
    {
        // Values 1..5: mean 3, sample sd sqrt(2.5); t(0.975, 4) = 2.776445 (standard tables).
        var e = Estimate.Of([1, 2, 3, 4, 5]);
        double half = 2.776445 * Math.Sqrt(2.5) / Math.Sqrt(5);
        Assert.Equal(3, e.Mean, 12);
        Assert.Equal(Math.Sqrt(2.5), e.StandardDeviation, 12);
        Assert.Equal(3 - half, e.Low, 5);
        Assert.Equal(3 + half, e.High, 5);
    }

    [Fact]
    public void OneReplicationHasNoSpreadAndNoneIsEmpty()
    {
        var one = Estimate.Of([42.0]);
        Assert.Equal((42.0, 42.0, 42.0), (one.Mean, one.Low, one.High));
        Assert.Equal(0, Estimate.Of([]).Count);
    }

    [Fact]
    public void IntervalCoversTheTrueMeanAboutNinetyFivePercentOfTheTime()
    {
        // Coverage check by simulation: 2,000 samples of 10 normal values with mean 5.
        var random = new Oberig.Core.Random.RandomStream(11);
        int covered = 0;
        for (int k = 0; k < 2000; k++)
        {
            var sample = Enumerable.Range(0, 10).Select(_ => random.NextGaussian(5, 2)).ToArray();
            var e = Estimate.Of(sample);
            if (e.Low <= 5 && 5 <= e.High) covered++;
        }
        // Binomial(2000, 0.95): sd ~ 9.7, so 1900 ± 40 is over 4 sigma.
        Assert.InRange(covered, 1860, 1940);
    }
}
