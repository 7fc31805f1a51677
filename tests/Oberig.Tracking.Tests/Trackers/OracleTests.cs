using Oberig.Core.Time;
using Oberig.Tracking.Associators;
using Oberig.Tracking.Models.Measurement;
using Oberig.Tracking.Models.Transition;
using Oberig.Tracking.Predictors;
using Oberig.Tracking.Simulation;
using Oberig.Tracking.State;
using Oberig.Tracking.Updaters;

namespace Oberig.Tracking.Tests.Trackers;

/// <summary>
/// Brute-force oracle: with Pd 1, no clutter and targets kilometres apart, association is trivial, so GNN and JPDA must
/// produce the tracks of one plain Kalman filter per target fed that target's own detections, started the way the
/// initiator starts a track (position from the first detection, velocity zero with variance (max speed / 2)²).
/// </summary>
public class OracleTests
{
    private static readonly ConstantVelocityScenarioOptions Separated = new()
    {
        Targets = 20, Scans = 40, DetectionProbability = 1, ClutterPerScan = 0, AreaPerTargetM2 = 1e8, Seed = 11,
    };

    [Theory]
    [InlineData(AssociatorNames.Gnn, 1e-12)]
    [InlineData(AssociatorNames.Jpda, 1e-6)]   // JPDA keeps a ~1e-10 probability of "missed" in the mixture
    public void SameTracksAsOneKalmanFilterPerTarget(string associator, double tolerance)
    {
        var s = Separated;
        var (_, detections) = ConstantVelocityScenario.Generate(s);
        var options = ScenarioRun.OptionsFor(s, associator);
        var scans = detections.GroupBy(d => d.TimeS).Select(g => g.ToArray()).ToArray();
        var sensor = PositionMeasurement.Cartesian(2, s.MeasurementSigmaM);

        // The oracle: one filter per target, target i's detection is the i-th of each scan (Pd 1, no clutter).
        var predictor = new KalmanPredictor(new ConstantVelocity(2, s.ProcessNoise));
        var updater = new KalmanUpdater();
        double sv = 0.25 * options.InitiatorOrDefault.MaxSpeedMps * options.InitiatorOrDefault.MaxSpeedMps;
        var oracle = scans[0].Select(d => new GaussianState([d.Position.X, 0, d.Position.Y, 0],
            [1, 0, 0, 0, 0, sv, 0, 0, 0, 0, 1, 0, 0, 0, 0, sv], SimTime.Start)).ToArray();
        var prediction = new GaussianState(4);
        var mp = new MeasurementPrediction();

        var tracker = Oberig.Tracking.Trackers.Tracker.Create(options);
        for (int k = 0; k < scans.Length; k++)
        {
            var time = SimTime.FromSeconds(scans[k][0].TimeS);
            tracker.Step(time, scans[k].Select(d => d.Position).ToArray(), sensor);
            if (k > 0)
                for (int i = 0; i < s.Targets; i++)
                {
                    predictor.Predict(oracle[i], time, prediction);
                    updater.PredictMeasurement(prediction, sensor, mp);
                    updater.Update(prediction, mp, [scans[k][i].Position.X, scans[k][i].Position.Y], oracle[i]);
                }
            Assert.Equal(s.Targets, tracker.Tracks.Count);
            for (int i = 0; i < s.Targets; i++)
            {
                var track = tracker.Tracks[i];
                Assert.Equal(i + 1, track.Id);
                Assert.Equal(k >= 1, track.IsConfirmed); // 2 of 3: confirmed at the second scan
                for (int c = 0; c < 4; c++) Assert.Equal(oracle[i].Mean[c], track.State.Mean[c], tolerance);
                for (int c = 0; c < 16; c++) Assert.Equal(oracle[i].Covariance[c], track.State.Covariance[c], tolerance);
            }
        }
        Assert.Equal(0, tracker.Counters.CovarianceRepairs);
    }
}
