using Oberig.Core.Numerics;
using Oberig.Core.Random;
using Oberig.Core.Time;
using Oberig.Tracking.Models.Measurement;
using Oberig.Tracking.Models.Transition;
using Oberig.Tracking.Predictors;
using Oberig.Tracking.State;
using Oberig.Tracking.Updaters;

namespace Oberig.Tracking.Tests.Updaters;

/// <summary>
/// Filter consistency by Monte Carlo (Bar-Shalom, Li and Kirubarajan 2001, section 5.4.2): over N runs the average
/// NEES at each step is chi-square(N n)/N distributed when the filter's covariance is right, likewise NIS with m.
/// </summary>
public class ConsistencyTests(ITestOutputHelper output)
{
    private const int Runs = 500, Steps = 50;

    private sealed record Averages(double[] Nees, double[] Nis);

    private static Averages MonteCarlo(ITransitionModel motion, IMeasurementModel sensor, IPredictor predictor, IUpdater updater,
        double[] initialMean, double[] initialVariances, ulong seed)
    {
        int n = motion.StateDimension, m = sensor.MeasurementDimension;
        var rng = new RandomStream(seed);
        var nees = new double[Steps];
        var nis = new double[Steps];
        var p0 = new double[n * n];
        for (int i = 0; i < n; i++) p0[i * n + i] = initialVariances[i];
        var q = new double[n * n];
        var r = new double[m * m];
        sensor.Noise(r);
        var truth = new double[n];
        var next = new double[n];
        var z = new double[m];
        var mp = new MeasurementPrediction();
        var state = new GaussianState(n);
        for (int run = 0; run < Runs; run++)
        {
            TestMath.Sample(rng, initialMean, p0, n, truth);
            initialMean.CopyTo(state.Mean);
            p0.CopyTo(state.Covariance);
            state.Time = SimTime.Start;
            for (int k = 0; k < Steps; k++)
            {
                motion.Function(truth, 1.0, next);
                motion.ProcessNoise(truth, 1.0, q);
                TestMath.Sample(rng, next, q, n, truth);
                sensor.Function(truth, z);
                TestMath.Sample(rng, z, r, m, z);
                predictor.Predict(state, SimTime.FromSeconds(k + 1), state);
                nis[k] += updater.Update(state, sensor, z, state, mp) / Runs;
                nees[k] += TestMath.Nees(state, truth) / Runs;
            }
        }
        return new Averages(nees, nis);
    }

    private void AssertConsistent(double[] averages, int dof, string what)
    {
        var (low, high) = TestMath.AverageChiSquareBand(dof, Runs);
        int inside = averages.Count(a => a >= low && a <= high);
        double mean = averages.Average();
        output.WriteLine($"{what}: mean {mean:F3} (dof {dof}), band [{low:F3}, {high:F3}], {inside}/{Steps} steps inside");
        // 95 % of steps are expected inside the band; allow sampling slack. The overall mean has a much smaller
        // spread, so a bias of a few per cent already shows.
        Assert.True(inside >= 0.85 * Steps, $"{what}: only {inside}/{Steps} steps inside [{low:F3}, {high:F3}]");
        Assert.InRange(mean, dof * 0.95, dof * 1.05);
    }

    [Fact]
    public void KalmanWithConstantVelocityAndPositionIsConsistent()
    {
        var motion = new ConstantVelocity(2, 1.0);
        var sensor = PositionMeasurement.Cartesian(2, 10);
        var result = MonteCarlo(motion, sensor, new KalmanPredictor(motion), new KalmanUpdater(),
            [0, 100, 0, -50], [400, 100, 400, 100], seed: 2024);
        AssertConsistent(result.Nees, 4, "KF NEES");
        AssertConsistent(result.Nis, 2, "KF NIS");
    }

    [Fact]
    public void ExtendedWithConstantVelocityAndPolarIsConsistent()
    {
        // 20 km from the radar, 10 m range and 1 mrad azimuth noise: a typical surveillance geometry.
        var motion = new ConstantVelocity(2, 1.0);
        var sensor = SphericalMeasurement.RangeAzimuth(Vec3.Zero, 10, 1e-3);
        var result = MonteCarlo(motion, sensor, new ExtendedKalmanPredictor(motion), new ExtendedKalmanUpdater(),
            [15_000, -100, 13_000, 50], [2500, 100, 2500, 100], seed: 2025);
        AssertConsistent(result.Nees, 4, "EKF polar NEES");
        AssertConsistent(result.Nis, 2, "EKF polar NIS");
    }

    [Fact]
    public void UnscentedIsLessBiasedThanExtendedCloseToTheSensor()
    {
        // One update of a broad prior 150 m from the radar, with a precise range (1 m) and a coarse azimuth (0.1 rad):
        // the measurement's "banana" bends over the prior, the EKF's linearisation at the prior mean is poor and it
        // becomes overconfident; the unscented update captures the curvature to second order.
        var motion = new ConstantVelocity(2, 1.0);
        var sensor = SphericalMeasurement.RangeAzimuth(Vec3.Zero, 1, 0.1);
        const int n = 4, runs = 4000;
        double[] mean = [0, 10, 150, 10];
        double[] variances = [50 * 50, 1, 50 * 50, 1];
        var p0 = new double[n * n];
        for (int i = 0; i < n; i++) p0[i * n + i] = variances[i];
        var rng = new RandomStream(77);
        var r = new double[4];
        sensor.Noise(r);
        var truth = new double[n];
        var z = new double[2];
        var mp = new MeasurementPrediction();
        var prior = new GaussianState(mean, p0, SimTime.Start);
        var ekfState = new GaussianState(n);
        var ukfState = new GaussianState(n);
        var ekf = new ExtendedKalmanUpdater();
        var ukf = new UnscentedKalmanUpdater();
        double ekfNees = 0, ukfNees = 0;
        for (int run = 0; run < runs; run++)
        {
            TestMath.Sample(rng, mean, p0, n, truth);
            sensor.Function(truth, z);
            TestMath.Sample(rng, z, r, 2, z);
            ekf.Update(prior, sensor, z, ekfState, mp);
            ukf.Update(prior, sensor, z, ukfState, mp);
            ekfNees += TestMath.Nees(ekfState, truth) / runs;
            ukfNees += TestMath.Nees(ukfState, truth) / runs;
        }
        output.WriteLine($"average NEES (ideal {n}): EKF {ekfNees:F3}, UKF {ukfNees:F3}");
        Assert.True(Math.Abs(ukfNees - n) < Math.Abs(ekfNees - n), $"UKF NEES {ukfNees} should be nearer {n} than EKF {ekfNees}");
    }
}
