using CsCheck;
using Oberig.Core.Assignment;
using Oberig.Core.Random;
using Oberig.Core.Time;
using Oberig.Tracking.Hypothesisers;
using Oberig.Tracking.Models.Measurement;
using Oberig.Tracking.Models.Transition;
using Oberig.Tracking.Predictors;
using Oberig.Tracking.Tracks;
using Oberig.Tracking.Updaters;

namespace Oberig.Tracking.Tests.Hypothesisers;

public class GatingHypothesiserTests
{
    // Chi-square quantiles: 0.95/0.99 for 1 and 3 degrees of freedom as tabled in the NIST/SEMATECH e-Handbook
    // (1.3.6.7.4); every row also checked against the closed-form CDFs, solved by bisection: k = 1 erf(√(x/2)),
    // k = 2 1 − e^(−x/2), k = 3 erf(√(x/2)) − √(2x/π) e^(−x/2), k = 6 1 − e^(−x/2) (1 + x/2 + x²/8).
    [Theory]
    [InlineData(0.95, 1, 3.841459)]
    [InlineData(0.99, 1, 6.634897)]
    [InlineData(0.95, 3, 7.814728)]
    [InlineData(0.9999, 2, 18.420681)]
    [InlineData(0.9999, 3, 21.107513)]
    [InlineData(0.999, 6, 22.457744)]
    public void ChiSquareQuantilesMatchTables(double p, int k, double expected)
    {
        Assert.Equal(expected, ChiSquare.Quantile(p, k), 5);
        Assert.Equal(p, ChiSquare.Cdf(expected, k), 6);
    }

    /// <summary>Tracks with random covariances and detections in a square; m = 2 or 3.</summary>
    private static (List<Track> Tracks, double[] Detections, IMeasurementModel Model, GaussianTrackFilter Filter) Scene(ulong seed, int tracks, int detections, int axes)
    {
        var rng = new RandomStream(seed);
        var filter = new GaussianTrackFilter(new KalmanPredictor(new ConstantVelocity(axes, rng.NextDouble(0.01, 5))), new KalmanUpdater(), axes);
        var store = new TrackStore(filter);
        int n = 2 * axes;
        var mean = new double[n];
        var cov = new double[n * n];
        double side = rng.NextDouble(20, 400);
        for (int i = 0; i < tracks; i++)
        {
            var t = store.Add(SimTime.Start);
            for (int k = 0; k < n; k++) mean[k] = k % 2 == 0 ? rng.NextDouble(0, side) : rng.NextGaussian(0, 3);
            // A random SPD covariance A Aᵀ + εI with scales from 0.1 to 30 (some long thin gates).
            var a = new double[n * n];
            for (int k = 0; k < n * n; k++) a[k] = rng.NextGaussian() * Math.Exp(rng.NextDouble(Math.Log(0.1), Math.Log(30)));
            Oberig.Tracking.LinearAlgebra.SmallMatrix.MultiplyTransposed(a, n, n, a, n, cov);
            for (int k = 0; k < n; k++) cov[k * n + k] += 0.01;
            filter.Initialise(t, mean, cov, SimTime.Start);
        }
        var z = new double[detections * axes];
        for (int j = 0; j < z.Length; j++) z[j] = rng.NextDouble(0, side);
        return (store.Live.ToList(), z, PositionMeasurement.Cartesian(axes, rng.NextDouble(0.2, 5)), filter);
    }

    [Fact]
    public void GridGatingReturnsExactlyTheAllPairsMahalanobisPairs()
    {
        Gen.Select(Gen.ULong, Gen.Int[0, 40], Gen.Int[0, 80], Gen.Int[2, 3]).Sample((seed, nTracks, nDetections, axes) =>
        {
            var (tracks, z, model, filter) = Scene(seed, nTracks, nDetections, axes);
            var hypothesiser = new GatingHypothesiser(filter, 0.9999);
            var gated = new SparseCostMatrix();
            hypothesiser.Hypothesise(tracks, SimTime.FromSeconds(1.5), z, model, gated);

            double g = ChiSquare.Quantile(0.9999, axes);
            var expected = new SortedSet<(int, int)>();
            for (int i = 0; i < tracks.Count; i++)
            {
                var mp = tracks[i].MeasurementPrediction; // predicted by the hypothesiser; brute force re-tests every pair
                for (int j = 0; j < nDetections; j++)
                    if (mp.SquaredMahalanobis(z.AsSpan(j * axes, axes)) <= g) expected.Add((i, j));
            }
            var actual = new SortedSet<(int, int)>();
            Assert.Equal(tracks.Count, gated.RowCount);
            for (int i = 0; i < gated.RowCount; i++)
            {
                var columns = gated.RowColumns(i);
                var costs = gated.RowCosts(i);
                for (int k = 0; k < columns.Length; k++)
                {
                    Assert.True(actual.Add((i, columns[k])), "a pair was offered twice");
                    double nll = tracks[i].MeasurementPrediction.LogLikelihood(z.AsSpan(columns[k] * axes, axes));
                    Assert.Equal(-nll, costs[k], 9);
                }
            }
            Assert.Equal(expected, actual);
        }, iter: 300);
    }

    [Fact]
    public void OneHugeGateAmongSmallOnesStillFindsItsPairs()
    {
        var (tracks, z, model, filter) = Scene(42, 30, 200, 2);
        var huge = tracks[0];
        for (int k = 0; k < 4; k++) huge.State.Covariance[k * 4 + k] *= 1e6;
        var gated = new SparseCostMatrix();
        new GatingHypothesiser(filter).Hypothesise(tracks, SimTime.FromSeconds(1), z, model, gated);
        Assert.Equal(200, gated.RowColumns(0).Length); // its gate covers the whole square
    }
}
