using Oberig.Core.Numerics;
using Oberig.Core.Time;
using Oberig.Tracking.Associators;
using Oberig.Tracking.Initiators;
using Oberig.Tracking.Metrics;
using Oberig.Tracking.Models.Measurement;
using Oberig.Tracking.Options;
using Oberig.Tracking.Recorded;
using Oberig.Tracking.Simulation;
using Oberig.Tracking.Trackers;

namespace Oberig.Tracking.Tests.Trackers;

/// <summary>Runs a tracker over <see cref="ConstantVelocityScenario"/> data and scores it, for the tracker tests.</summary>
internal sealed class ScenarioRun
{
    public required Tracker Tracker { get; init; }
    public required TrackMetrics Metrics { get; init; }
    public required List<double> GospaPerScan { get; init; }
    public required int Targets { get; init; }

    public static TrackerOptions OptionsFor(ConstantVelocityScenarioOptions s, string associator = AssociatorNames.Gnn) => new(
        Filter: new FilterOptions(FilterNames.Kalman, Axes: 2, Motion: new MotionModelOptions(MotionModelOptions.ConstantVelocity, s.ProcessNoise)),
        Associator: associator,
        Association: new AssociationOptions(s.DetectionProbability, Math.Max(s.ClutterPerScan, 0.1) / (s.SideM * s.SideM)),
        Initiator: new InitiatorOptions(MaxSpeedMps: 2 * s.MaxInitialSpeedMps));

    public static ScenarioRun Run(ConstantVelocityScenarioOptions s, TrackerOptions? options = null, int warmupScans = 10,
        Action<int, Tracker>? afterScan = null)
    {
        var (truth, detections) = ConstantVelocityScenario.Generate(s);
        var tracker = Tracker.Create(options ?? OptionsFor(s));
        var sensor = PositionMeasurement.Cartesian(2, s.MeasurementSigmaM);
        var metrics = new TrackMetrics(10, 1);
        var gospa = new List<double>();
        var byTime = detections.GroupBy(d => d.TimeS).ToDictionary(g => g.Key, g => g.Select(d => d.Position).ToArray());
        var truthByTime = truth.GroupBy(t => t.TimeS).ToDictionary(g => g.Key, g => g.ToArray());
        for (int k = 0; k < s.Scans; k++)
        {
            double t = k * s.ScanPeriodS;
            tracker.Step(SimTime.FromSeconds(t), byTime.TryGetValue(t, out var d) ? d : [], sensor);
            afterScan?.Invoke(k, tracker);
            var tracks = tracker.Tracks;
            var ids = tracks.Select(x => x.Id).ToArray();
            var positions = tracks.Select(x => x.Position).ToArray();
            var confirmed = tracks.Select(x => x.IsConfirmed).ToArray();
            var tr = truthByTime[t];
            metrics.AddScan(SimTime.FromSeconds(t), ids, positions, confirmed,
                tr.Select(p => int.Parse(p.TargetId.AsSpan(1))).ToArray(), tr.Select(p => p.Position).ToArray());
            if (k >= warmupScans) gospa.Add(metrics.LastGospa.Distance);
        }
        return new ScenarioRun { Tracker = tracker, Metrics = metrics, GospaPerScan = gospa, Targets = s.Targets };
    }

    public double MeanGospaPerTarget => GospaPerScan.Average() / Targets;
}
