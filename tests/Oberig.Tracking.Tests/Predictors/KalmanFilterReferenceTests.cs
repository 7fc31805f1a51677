using Oberig.Core.Numerics;
using Oberig.Core.Random;
using Oberig.Core.Time;
using Oberig.Tracking.Models.Measurement;
using Oberig.Tracking.Models.Transition;
using Oberig.Tracking.Predictors;
using Oberig.Tracking.State;
using Oberig.Tracking.Updaters;

namespace Oberig.Tracking.Tests.Predictors;

public class KalmanFilterReferenceTests
{
    [Fact]
    public void ScalarKalmanFilterReproducesTheDesignReferenceSequence()
    {
        // DESIGN.md reference: A = H = 1, Q = 0, R = 0.1, x0 = 0, P0 = 1 (the classic constant-voltage example,
        // Welch and Bishop, "An Introduction to the Kalman Filter").
        double[] z = [0.39, 0.50, 0.48, 0.29, 0.25, 0.32, 0.34, 0.48, 0.41, 0.45];
        double[] expected = [0.354545, 0.423810, 0.441935, 0.404878, 0.374510, 0.365574, 0.361972, 0.376543, 0.380220, 0.387129];
        var predictor = new KalmanPredictor(new RandomWalk(1, 0.0));
        var updater = new KalmanUpdater();
        var measurement = new PositionMeasurement(1, [0], [Math.Sqrt(0.1)]);
        var state = new GaussianState([0.0], [1.0], SimTime.Start);
        var mp = new MeasurementPrediction();
        for (int k = 0; k < z.Length; k++)
        {
            predictor.Predict(state, SimTime.FromSeconds(k + 1), state);
            updater.Update(state, measurement, [z[k]], state, mp);
            Assert.Equal(expected[k], state.Mean[0], 6);
            // P_k = 1 / (1 + 10 k) in closed form for this model.
            Assert.Equal(1.0 / (1.0 + 10.0 * (k + 1)), state.Covariance[0], 12);
        }
        Assert.Equal(0, updater.Counters.CovarianceRepairs);
    }

    /// <summary>Runs predictor/updater pairs side by side on the same seeded data; returns the final states.</summary>
    private static GaussianState[] RunSideBySide(ITransitionModel motion, IMeasurementModel sensor, ulong seed, params (IPredictor P, IUpdater U)[] filters)
    {
        var rng = new RandomStream(seed);
        int n = motion.StateDimension, m = sensor.MeasurementDimension;
        var prior = new GaussianState(n);
        for (int i = 0; i < n; i++) prior.Mean[i] = i % 2 == 0 ? 1000.0 * (i + 1) : 50.0;
        var diag = new double[n];
        for (int i = 0; i < n; i++) diag[i] = i % 2 == 0 ? 400 : 100;
        prior.SetDiagonalCovariance(diag);
        var states = filters.Select(_ => prior.Clone()).ToArray();
        var truth = prior.Mean.ToArray();
        var next = new double[n];
        var z = new double[m];
        var r = new double[m * m];
        sensor.Noise(r);
        var mp = new MeasurementPrediction();
        for (int k = 1; k <= 20; k++)
        {
            motion.Function(truth, 1.0, next);
            next.CopyTo(truth, 0);
            sensor.Function(truth, z);
            TestMath.Sample(rng, z, r, m, z);
            for (int f = 0; f < filters.Length; f++)
            {
                filters[f].P.Predict(states[f], SimTime.FromSeconds(k), states[f]);
                filters[f].U.Update(states[f], sensor, z, states[f], mp);
            }
        }
        return states;
    }

    [Fact]
    public void ExtendedEqualsKalmanWhenEverythingIsLinear()
    {
        var motion = new ConstantVelocity(3, 2.0);
        var sensor = PositionMeasurement.Cartesian(3, 20);
        var s = RunSideBySide(motion, sensor, 11,
            (new KalmanPredictor(motion), new KalmanUpdater()),
            (new ExtendedKalmanPredictor(motion), new ExtendedKalmanUpdater()));
        Assert.Equal(s[0].Mean.ToArray(), s[1].Mean.ToArray());
        Assert.Equal(s[0].Covariance.ToArray(), s[1].Covariance.ToArray());
    }

    [Theory]
    [InlineData(1.0, 2.0, 0.0)]
    [InlineData(0.5, 2.0, 0.0)]
    [InlineData(1.0, 0.0, -3.0)]    // Julier's κ = 3 − n
    public void UnscentedEqualsKalmanForLinearModels(double alpha, double beta, double kappa)
    {
        // The unscented transform is exact for linear maps whatever its scaling: only rounding differs.
        var motion = new Ballistic(3.0);
        var sensor = PositionMeasurement.Cartesian(3, 20);
        var options = new UnscentedOptions(alpha, beta, kappa);
        var s = RunSideBySide(motion, sensor, 12,
            (new KalmanPredictor(motion), new KalmanUpdater(new UpdaterOptions(JosephForm: false))),
            (new UnscentedKalmanPredictor(motion, options), new UnscentedKalmanUpdater(options)));
        TestMath.AssertClose(s[0].Mean, s[1].Mean, 1e-9, "mean");
        TestMath.AssertClose(s[0].Covariance, s[1].Covariance, 1e-8, "covariance");
    }

    [Fact]
    public void UnscentedAndExtendedAgreeOnPolarMeasurementsFarFromTheSensor()
    {
        // 30 km out, 10 m range and 1 mrad azimuth noise: over the ~50 m prior spread h is almost linear.
        var motion = new ConstantVelocity(2, 1.0);
        var sensor = SphericalMeasurement.RangeAzimuth(new Vec3(-30_000, -1000, 0), 10, 1e-3);
        var s = RunSideBySide(motion, sensor, 13,
            (new ExtendedKalmanPredictor(motion), new ExtendedKalmanUpdater()),
            (new UnscentedKalmanPredictor(motion), new UnscentedKalmanUpdater()));
        for (int i = 0; i < 4; i++)
        {
            double sd = Math.Sqrt(s[0].Variance(i, i));
            Assert.True(Math.Abs(s[0].Mean[i] - s[1].Mean[i]) < 0.01 * sd, $"mean {i}: {s[0].Mean[i]} vs {s[1].Mean[i]} (sd {sd})");
            Assert.Equal(1.0, s[1].Variance(i, i) / s[0].Variance(i, i), 2);
        }
    }
}
