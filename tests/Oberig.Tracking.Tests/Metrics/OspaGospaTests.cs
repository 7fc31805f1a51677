using CsCheck;
using Oberig.Core.Assignment;
using Oberig.Core.Numerics;
using Oberig.Tracking.Metrics;

namespace Oberig.Tracking.Tests.Metrics;

public class OspaGospaTests
{
    private static Vec3 P(double x, double y = 0) => new(x, y, 0);

    private static readonly Gen<Vec3[]> SmallSets = Gen.Select(Gen.Double[0, 20], Gen.Double[0, 20], (x, y) => P(x, y)).Array[0, 5];
    private static readonly Gen<double> Orders = Gen.Int[1, 3].Select(i => (double)i);

    [Fact]
    public void DesignReferenceOspaOfFiveShiftedEstimatesIsHalf()
    {
        // docs/DESIGN.md reference: c = 10, p = 1, estimates at i + 0.5 against truths at i, i = 0..4 -> 0.5.
        var estimates = Enumerable.Range(0, 5).Select(i => P(i + 0.5)).ToArray();
        var truths = Enumerable.Range(0, 5).Select(i => P(i)).ToArray();
        var ospa = Ospa.Compute(estimates, truths, 10, 1);
        Assert.Equal(0.5, ospa.Distance, 12);
        Assert.Equal(0.5, ospa.Value.Localisation, 12);
        Assert.Equal(0, ospa.Value.Cardinality);
        // GOSPA (alpha 2, p 1) of the same: the five 0.5 m localisation errors add up.
        var gospa = Gospa.Compute(estimates, truths, 10, 1);
        Assert.Equal(2.5, gospa.Distance, 12);
        Assert.Equal([0, 1, 2, 3, 4], gospa.EstimateToTruth);
    }

    [Theory]
    [InlineData(1, 1.0, 2.0)]
    [InlineData(4, 1.0, 2.0)]
    [InlineData(4, 2.0, 2.0)]
    [InlineData(7, 3.0, 1.0)]
    [InlineData(3, 2.0, 0.5)]
    public void EmptyEstimatesAgainstTruthsMatchTheClosedForms(int n, double p, double alpha)
    {
        const double c = 10;
        var truths = Enumerable.Range(0, n).Select(i => P(100 * i)).ToArray();
        Assert.Equal(c, Ospa.Compute([], truths, c, p).Distance, 12);
        Assert.Equal(c, Ospa.Compute(truths, [], c, p).Distance, 12);
        double expected = Math.Pow(n * Math.Pow(c, p) / alpha, 1 / p);
        var g = Gospa.Compute([], truths, c, p, alpha);
        Near.Equal(expected, g.Distance);
        Assert.Equal(n, g.Value.MissedCount);
        Near.Equal(expected, Gospa.Compute(truths, [], c, p, alpha).Distance);
        Assert.Equal(0, Ospa.Compute([], [], c, p).Distance);
        Assert.Equal(0, Gospa.Compute([], [], c, p).Distance);
    }

    [Fact]
    public void GospaDecompositionCountsMissedAndFalse()
    {
        // Two truths, one estimate 3 m from the first and one false estimate far away; c = 10, p = 2.
        var g = Gospa.Compute([P(3), P(500)], [P(0), P(-500)], 10, 2);
        Assert.Equal(9, g.Localisation, 12);
        Assert.Equal(50, g.Missed, 12);
        Assert.Equal(50, g.False, 12);
        Assert.Equal(Math.Sqrt(109), g.Distance, 12);
        Assert.Equal([0, -1], g.EstimateToTruth);
    }

    [Fact]
    public void GospaEqualsBruteForceMinimisationOnSmallRandomSets()
    {
        Gen.Select(SmallSets, SmallSets, Gen.Double[1, 10], Orders, Gen.Int[0, 2].Select(i => i == 0 ? 2.0 : i == 1 ? 1.0 : 0.5)).Sample((x, y, c, p, alpha) =>
        {
            var g = Gospa.Compute(x, y, c, p, alpha);
            Near.Equal(BruteGospa(x, y, c, p, alpha), Math.Pow(g.Distance, p));
            Near.Equal(Math.Pow(g.Distance, p), g.Localisation + g.Missed + g.False);
        }, iter: 500);
    }

    [Fact]
    public void OspaEqualsBruteForceMinimisationOnSmallRandomSets()
    {
        Gen.Select(SmallSets, SmallSets, Gen.Double[1, 10], Orders).Sample((x, y, c, p) =>
        {
            int n = Math.Max(x.Length, y.Length);
            // With alpha 1 the mismatch form, min of sum min(d, c)^p + c^p (n - m), is OSPA's sum before dividing by n.
            double expected = n == 0 ? 0 : Math.Pow(BruteGospa(x, y, c, p, alpha: 1) / n, 1 / p);
            Near.Equal(expected, Ospa.Compute(x, y, c, p).Distance);
        }, iter: 500);
    }

    [Fact]
    public void OspaAndGospaAreSymmetricAndSatisfyTheTriangleInequality()
    {
        Gen.Select(SmallSets, SmallSets, SmallSets, Gen.Double[1, 10], Orders).Sample((x, y, z, c, p) =>
        {
            double xy = Ospa.Compute(x, y, c, p).Distance, yx = Ospa.Compute(y, x, c, p).Distance;
            Near.Equal(xy, yx);
            Assert.True(Ospa.Compute(x, z, c, p).Distance <= xy + Ospa.Compute(y, z, c, p).Distance + 1e-9);
            Assert.InRange(xy, 0, c + 1e-12);
            double gxy = Gospa.Compute(x, y, c, p).Distance;
            Near.Equal(gxy, Gospa.Compute(y, x, c, p).Distance);
            Assert.True(Gospa.Compute(x, z, c, p).Distance <= gxy + Gospa.Compute(y, z, c, p).Distance + 1e-9);
            Assert.Equal(0, Gospa.Compute(x, x, c, p).Distance, 12);
        }, iter: 400);
    }

    [Fact]
    public void GridGatedGospaOnLargeSetsEqualsTheDenseSolution()
    {
        // 300 x 300 pairs exceeds the all-pairs limit, so the grid finds the candidates; the dense solver sees every pair.
        var rng = new Oberig.Core.Random.RandomStream(11);
        const double c = 5, p = 2;
        var truths = Enumerable.Range(0, 300).Select(_ => new Vec3(rng.NextDouble(0, 200), rng.NextDouble(0, 200), rng.NextDouble(0, 20))).ToArray();
        var estimates = truths.Where(_ => rng.NextDouble() < 0.9)
            .Select(t => t + new Vec3(rng.NextGaussian(0, 2), rng.NextGaussian(0, 2), rng.NextGaussian(0, 2)))
            .Concat(Enumerable.Range(0, 30).Select(_ => new Vec3(rng.NextDouble(0, 200), rng.NextDouble(0, 200), rng.NextDouble(0, 20)))).ToArray();
        var costs = new double[estimates.Length * truths.Length];
        for (int i = 0; i < estimates.Length; i++)
            for (int j = 0; j < truths.Length; j++)
                costs[i * truths.Length + j] = Math.Pow(Math.Min((estimates[i] - truths[j]).Norm, c), p);
        var miss = Math.Pow(c, p) / 2;
        double dense = new DenseAssignment().Solve(costs, estimates.Length, truths.Length,
            Enumerable.Repeat(miss, estimates.Length).ToArray(), Enumerable.Repeat(miss, truths.Length).ToArray(), new int[estimates.Length]);
        Near.Equal(Math.Sqrt(dense), Gospa.Compute(estimates, truths, c, p).Distance);
    }

    [Fact]
    public void ComputingThroughAWorkspaceAllocatesNothingOnceWarm()
    {
        var rng = new Oberig.Core.Random.RandomStream(3);
        var truths = Enumerable.Range(0, 500).Select(_ => P(rng.NextDouble(0, 1000), rng.NextDouble(0, 1000))).ToArray();
        var estimates = truths.Select(t => t + P(rng.NextGaussian(0, 3), rng.NextGaussian(0, 3))).ToArray();
        var workspace = new MetricWorkspace();
        var assignment = new int[estimates.Length];
        // Warm both paths (the first OSPA call also JIT-compiles its code, which allocates on this thread).
        Gospa.Compute(estimates, truths, 10, 1, 2, workspace, assignment);
        Ospa.Compute(estimates.AsSpan(0, 400), truths, 10, 2, workspace, assignment.AsSpan(0, 400));
        long before = GC.GetAllocatedBytesForCurrentThread();
        double sum = 0;
        for (int k = 0; k < 5; k++)
        {
            sum += Gospa.Compute(estimates, truths, 10, 1, 2, workspace, assignment).Distance;
            sum += Ospa.Compute(estimates.AsSpan(0, 400), truths, 10, 2, workspace, assignment.AsSpan(0, 400)).Distance;
        }
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(sum > 0);
    }

    [Fact]
    public void InvalidParametersAreRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Gospa.Compute([P(0)], [P(1)], 0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Gospa.Compute([P(0)], [P(1)], 10, 0.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => Gospa.Compute([P(0)], [P(1)], 10, 1, 3));
        Assert.Throws<ArgumentException>(() => Ospa.Compute([P(double.NaN)], [P(1)], 10, 1));
    }

    /// <summary>
    /// GOSPA^p by exhaustion. Alpha 2: over every partial assignment, min(d, c)^p per pair plus c^p/2 per element left
    /// out. Other alpha: over complete matchings of the smaller set, sum min(d, c)^p plus c^p/alpha |n - m|.
    /// </summary>
    private static double BruteGospa(Vec3[] x, Vec3[] y, double c, double p, double alpha)
    {
        double cp = Math.Pow(c, p);
        double Pair(int i, int j) => Math.Pow(Math.Min((x[i] - y[j]).Norm, c), p);
        var used = new bool[y.Length];
        double best = double.PositiveInfinity;
        void Go(int i, double sum, int assigned)
        {
            if (i == x.Length)
            {
                if (alpha == 2) best = Math.Min(best, sum + cp / 2 * (x.Length + y.Length - 2 * assigned));
                else if (assigned == Math.Min(x.Length, y.Length)) best = Math.Min(best, sum + cp / alpha * Math.Abs(x.Length - y.Length));
                return;
            }
            Go(i + 1, sum, assigned);
            for (int j = 0; j < y.Length; j++)
            {
                if (used[j]) continue;
                used[j] = true;
                Go(i + 1, sum + Pair(i, j), assigned + 1);
                used[j] = false;
            }
        }
        Go(0, 0, 0);
        return best;
    }
}
