using Oberig.Core.Numerics;
using Oberig.Core.Time;
using Oberig.Tracking.LinearAlgebra;
using Oberig.Tracking.Models.Measurement;
using Oberig.Tracking.State;
using Oberig.Tracking.Updaters;

namespace Oberig.Tracking.Tests.Updaters;

public class CovarianceHealthTests
{
    /// <summary>
    /// A vague, correlated prior (variance 1e8, correlation 0.5) measured by an almost perfect sensor (R = 1e-8) on its
    /// first component: S = 1e8 + 1e-8 rounds to 1e8, so the simple form P − K S Kᵀ cancels the first variance to
    /// exactly zero (its true value is ≈ R). The Joseph form keeps it at K R Kᵀ &gt; 0.
    /// </summary>
    private static (GaussianState Prior, PositionMeasurement Sensor) IllConditioned()
    {
        const double p = 1e8;
        var prior = new GaussianState([0.0, 0.0], [p, 0.5 * p, 0.5 * p, p], SimTime.Start);
        var sensor = new PositionMeasurement(2, [0], [1e-4]);
        return (prior, sensor);
    }

    [Fact]
    public void JosephFormKeepsThePosteriorPositiveDefiniteWhereTheSimpleFormFails()
    {
        var (prior, sensor) = IllConditioned();
        var simple = new KalmanUpdater(new UpdaterOptions(JosephForm: false));
        var joseph = new KalmanUpdater(new UpdaterOptions(JosephForm: true));
        var a = new GaussianState(2);
        var b = new GaussianState(2);
        var mp = new MeasurementPrediction();
        simple.Update(prior, sensor, [3.0], a, mp);
        joseph.Update(prior, sensor, [3.0], b, mp);

        Assert.Equal(1, simple.Counters.CovarianceRepairs);   // the simple form lost positive definiteness
        Assert.Equal(0, joseph.Counters.CovarianceRepairs);
        Assert.True(TestMath.IsSymmetric(b.Covariance, 2));
        Assert.True(TestMath.IsPositiveDefinite(b.Covariance, 2));
        Assert.Equal(1e-8, b.Covariance[0], 1e-12);            // ≈ R: the sensor fixes the first component
        Assert.Equal(0.75e8, b.Covariance[3], 1.0);             // p (1 − ρ²)
        // Even the repaired simple form is finite and positive definite: nothing downstream sees a NaN.
        Assert.True(SmallMatrix.AllFinite(a.Covariance));
        Assert.True(TestMath.IsPositiveDefinite(a.Covariance, 2));
    }

    [Fact]
    public void AnIndefinitePredictionIsRepairedAndCountedNotTurnedIntoNaN()
    {
        // A prediction whose covariance is corrupt (negative variance): S = −5 + 1 is not positive definite.
        var counters = new FilterCounters();
        var updater = new ExtendedKalmanUpdater(counters: counters);
        var prediction = new GaussianState([10.0, 1.0, 20.0, 1.0], [-5, 0, 0, 0, 0, 1, 0, 0, 0, 0, -5, 0, 0, 0, 0, 1], SimTime.Start);
        var sensor = PositionMeasurement.Cartesian(2, 1);
        var posterior = new GaussianState(4);
        double nis = updater.Update(prediction, sensor, [11.0, 19.0], posterior, new MeasurementPrediction());

        Assert.True(counters.CovarianceRepairs >= 1);
        Assert.True(double.IsFinite(nis));
        Assert.True(SmallMatrix.AllFinite(posterior.Mean));
        Assert.True(SmallMatrix.AllFinite(posterior.Covariance));
        Assert.True(TestMath.IsPositiveDefinite(posterior.Covariance, 4));
    }

    [Fact]
    public void AnUpdateWithANonFiniteMeasurementIsRejectedAndCounted()
    {
        var counters = new FilterCounters();
        var updater = new UnscentedKalmanUpdater(counters: counters);
        var prediction = new GaussianState([1000.0, 1.0, 2000.0, 1.0], [100, 0, 0, 0, 0, 1, 0, 0, 0, 0, 100, 0, 0, 0, 0, 1], SimTime.Start);
        var sensor = SphericalMeasurement.RangeAzimuth(Vec3.Zero, 10, 1e-3);
        var posterior = new GaussianState(4);
        updater.Update(prediction, sensor, [double.NaN, 0.3], posterior, new MeasurementPrediction());
        Assert.Equal(1, counters.RejectedUpdates);
        Assert.Equal(prediction.Mean.ToArray(), posterior.Mean.ToArray());
        Assert.Equal(prediction.Covariance.ToArray(), posterior.Covariance.ToArray());
    }

    [Fact]
    public void MahalanobisDistanceOfTheMeasurementPredictionIsTheNis()
    {
        var updater = new KalmanUpdater();
        var prediction = new GaussianState([0.0, 0.0, 0.0, 0.0], [9, 0, 0, 0, 0, 1, 0, 0, 0, 0, 16, 0, 0, 0, 0, 1], SimTime.Start);
        var sensor = PositionMeasurement.Cartesian(2, 4);   // S = diag(25, 32)
        var mp = new MeasurementPrediction();
        updater.PredictMeasurement(prediction, sensor, mp);
        Assert.Equal(25, mp.Covariance[0], 12);
        Assert.Equal(32, mp.Covariance[3], 12);
        double d2 = mp.SquaredMahalanobis([5.0, 8.0]);
        Assert.Equal(1.0 + 2.0, d2, 12);
        Assert.Equal(-0.5 * (3.0 + Math.Log(25 * 32) + 2 * Math.Log(2 * Math.PI)), mp.LogLikelihood([5.0, 8.0]), 12);
        Assert.Equal(d2, updater.Update(prediction, mp, [5.0, 8.0], new GaussianState(4)), 12);
    }
}
