using Oberig.Core.Random;
using Oberig.Core.Time;
using Oberig.Tracking.Imm;
using Oberig.Tracking.Models.Measurement;
using Oberig.Tracking.Models.Transition;
using Oberig.Tracking.Options;
using Oberig.Tracking.Predictors;
using Oberig.Tracking.State;
using Oberig.Tracking.Updaters;

namespace Oberig.Tracking.Tests.Imm;

public class ImmTests(ITestOutputHelper output)
{
    private const double Speed = 250, Gravity = 9.80665;
    private const int TurnStart = 30, TurnEnd = 45, End = 70;
    private const double Sigma = 30;

    /// <summary>Truth at 1 s steps: straight east at 250 m/s and 1 km up, a 3 g level left turn from 30 s to 45 s, straight again.</summary>
    private static double[][] Trajectory()
    {
        double w = 3 * Gravity / Speed;
        var turn = CoordinatedTurn.WithKnownRate(w, 0, vertical: true);
        var straight = CoordinatedTurn.WithKnownRate(0, 0, vertical: true);
        var states = new double[End + 1][];
        states[0] = [0, Speed, 0, 0, 1000, 0];
        for (int k = 1; k <= End; k++)
        {
            states[k] = new double[6];
            (k > TurnStart && k <= TurnEnd ? turn : straight).Function(states[k - 1], 1.0, states[k]);
        }
        return states;
    }

    private static double PositionError(ReadOnlySpan<double> estimate, double[] truth)
    {
        double dx = estimate[0] - truth[0], dy = estimate[2] - truth[2], dz = estimate[4] - truth[4];
        return dx * dx + dy * dy + dz * dz;
    }

    [Fact]
    public void ImmFollowsAThreeGTurnBetterThanConstantVelocityAndSwitchesToTheTurnMode()
    {
        const int runs = 20;
        var truth = Trajectory();
        var imm = FilterRegistry.CreateImm(FilterOptions.Default with { Name = FilterNames.Imm });
        var p0 = ImmOptions.Default.InitialProbabilitiesOrDefault();
        var immSensor = PositionMeasurement.Cartesian(3, Sigma, stateDimension: 7);
        var cvModel = new ConstantVelocity(3, 0.5);   // the IMM's own constant-velocity mode, alone
        var cvPredictor = new ExtendedKalmanPredictor(cvModel);
        var cvUpdater = new ExtendedKalmanUpdater();
        var cvSensor = PositionMeasurement.Cartesian(3, Sigma);
        var mp = new MeasurementPrediction();
        var rng = new RandomStream(3);
        var ctProbability = new double[End + 1];
        double immTurnSq = 0, cvTurnSq = 0, immStraightSq = 0, cvStraightSq = 0;
        int turnCount = 0, straightCount = 0;
        var z = new double[3];

        for (int run = 0; run < runs; run++)
        {
            var init7 = new double[7];
            for (int i = 0; i < 6; i++) init7[i] = truth[0][i] + (i % 2 == 0 ? Sigma : 10) * rng.NextGaussian();
            var var7 = new double[] { Sigma * Sigma, 100, Sigma * Sigma, 100, Sigma * Sigma, 100, 0.01 };
            var initial = new GaussianState(7);
            init7.CopyTo(initial.Mean);
            initial.SetDiagonalCovariance(var7);
            var state = imm.CreateState(initial, p0);
            var cv = new GaussianState(init7.AsSpan(0, 6), new double[36], SimTime.Start);
            cv.SetDiagonalCovariance(var7.AsSpan(0, 6));

            for (int k = 1; k <= End; k++)
            {
                for (int i = 0; i < 3; i++) z[i] = truth[k][2 * i] + Sigma * rng.NextGaussian();
                var t = SimTime.FromSeconds(k);
                imm.Predict(state, t);
                imm.Update(state, immSensor, z);
                cvPredictor.Predict(cv, t, cv);
                cvUpdater.Update(cv, cvSensor, z, cv, mp);
                ctProbability[k] += state.Probabilities[1] / runs;
                double ei = PositionError(state.Combined.Mean, truth[k]), ec = PositionError(cv.Mean, truth[k]);
                if (k > TurnStart + 2 && k <= TurnEnd) { immTurnSq += ei; cvTurnSq += ec; turnCount++; }
                if (k > 15 && k <= TurnStart) { immStraightSq += ei; cvStraightSq += ec; straightCount++; }
            }
            Assert.Equal(1.0, state.Probabilities.ToArray().Sum(), 12);
        }
        double immTurn = Math.Sqrt(immTurnSq / turnCount), cvTurn = Math.Sqrt(cvTurnSq / turnCount);
        double immStraight = Math.Sqrt(immStraightSq / straightCount), cvStraight = Math.Sqrt(cvStraightSq / straightCount);
        double ctBefore = ctProbability[16..(TurnStart + 1)].Average(), ctDuring = ctProbability[(TurnStart + 3)..(TurnEnd + 1)].Average();
        output.WriteLine($"position RMSE in the turn: IMM {immTurn:F1} m, CV {cvTurn:F1} m; straight: IMM {immStraight:F1} m, CV {cvStraight:F1} m");
        output.WriteLine($"CT mode probability: before the turn {ctBefore:F3}, during {ctDuring:F3}");
        output.WriteLine("CT probability by second: " + string.Join(" ", ctProbability.Select(p => p.ToString("F2", System.Globalization.CultureInfo.InvariantCulture))));

        Assert.True(ctDuring > ctBefore + 0.3, $"CT probability should rise in the turn: {ctBefore:F3} -> {ctDuring:F3}");
        Assert.True(immTurn < 0.7 * cvTurn, $"IMM RMSE in the turn {immTurn:F1} m should be well below CV's {cvTurn:F1} m");
        Assert.True(immStraight < 1.5 * cvStraight, $"IMM RMSE on the straight {immStraight:F1} m should not be much worse than CV's {cvStraight:F1} m");
    }

    [Fact]
    public void OneModeImmIsThatModesFilter()
    {
        var model = new ConstantVelocity(2, 1.0);
        var predictor = new KalmanPredictor(model);
        var updater = new KalmanUpdater();
        var imm = new InteractingMultipleModel([new ImmMode(predictor, updater)], [1.0]);
        var initial = new GaussianState([0.0, 10, 0, -5], [100, 0, 0, 0, 0, 4, 0, 0, 0, 0, 100, 0, 0, 0, 0, 4], SimTime.Start);
        var state = imm.CreateState(initial, [1.0]);
        var plain = initial.Clone();
        var sensor = PositionMeasurement.Cartesian(2, 5);
        var mp = new MeasurementPrediction();
        var rng = new RandomStream(5);
        for (int k = 1; k <= 10; k++)
        {
            double[] z = [10 * k + 5 * rng.NextGaussian(), -5 * k + 5 * rng.NextGaussian()];
            imm.Predict(state, SimTime.FromSeconds(k));
            imm.Update(state, sensor, z);
            predictor.Predict(plain, SimTime.FromSeconds(k), plain);
            updater.Update(plain, sensor, z, plain, mp);
        }
        TestMath.AssertClose(plain.Mean, state.Combined.Mean, 1e-12, "mean");
        TestMath.AssertClose(plain.Covariance, state.Combined.Covariance, 1e-12, "covariance");
        Assert.Equal(1.0, state.Probabilities[0]);
    }

    [Fact]
    public void MixingFollowsTheMarkovMatrixWithoutAMeasurement()
    {
        // Without a measurement the mode probabilities evolve as c̄ = Πᵀ μ.
        var model = new ConstantVelocity(1, 1.0);
        var modes = new[] { new ImmMode(new KalmanPredictor(model), new KalmanUpdater()), new ImmMode(new KalmanPredictor(model), new KalmanUpdater()) };
        var imm = new InteractingMultipleModel(modes, [0.9, 0.1, 0.3, 0.7]);
        var state = imm.CreateState(new GaussianState([0.0, 1.0], [1, 0, 0, 1], SimTime.Start), [1.0, 0.0]);
        imm.Predict(state, SimTime.FromSeconds(1));
        Assert.Equal(0.9, state.Probabilities[0], 15);
        imm.Predict(state, SimTime.FromSeconds(2));
        Assert.Equal(0.9 * 0.9 + 0.1 * 0.3, state.Probabilities[0], 15);
    }

    [Fact]
    public void InvalidMarkovMatricesAndMismatchedModesAreRefused()
    {
        var cv = new ConstantVelocity(3, 1);
        var ct = CoordinatedTurn.WithEstimatedRate(1, 1e-3);
        var a = new ImmMode(new ExtendedKalmanPredictor(cv), new ExtendedKalmanUpdater());
        var b = new ImmMode(new ExtendedKalmanPredictor(ct), new ExtendedKalmanUpdater());
        var ex = Assert.Throws<ArgumentException>(() => new InteractingMultipleModel([a, b], [0.5, 0.5, 0.5, 0.5]));
        Assert.Contains("PaddedTransition", ex.Message);
        var padded = new ImmMode(new ExtendedKalmanPredictor(new PaddedTransition(cv, 7, 0)), new ExtendedKalmanUpdater());
        ex = Assert.Throws<ArgumentException>(() => new InteractingMultipleModel([padded, b], [0.5, 0.6, 0.5, 0.5]));
        Assert.Contains("row 0 sums to 1.1", ex.Message);
    }
}
