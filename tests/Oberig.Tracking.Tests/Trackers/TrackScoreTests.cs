using Oberig.Core.Numerics;
using Oberig.Core.Random;
using Oberig.Core.Time;
using Oberig.Tracking.Associators;
using Oberig.Tracking.Deleters;
using Oberig.Tracking.Initiators;
using Oberig.Tracking.Models.Measurement;
using Oberig.Tracking.Options;
using Oberig.Tracking.Trackers;
using Oberig.Tracking.Tracks;

namespace Oberig.Tracking.Tests.Trackers;

/// <summary>The track score (log-likelihood ratio), Wald's sequential test on it, deletion on its fall, per-track Pd
/// from the coverage, and gating across the azimuth cut.</summary>
public class TrackScoreTests
{
    private const double Pd = 0.8, Clutter = 1e-5, Gate = 0.9999, Sigma = 5, Q = 0.5, MaxSpeed = 40;

    private static Tracker PlaneTracker(InitiatorOptions? initiator = null, DeleterOptions? deleter = null) => Tracker.Create(new TrackerOptions(
        Filter: new FilterOptions(FilterNames.Kalman, Axes: 2, Motion: new MotionModelOptions(MotionModelOptions.ConstantVelocity, Q)),
        GateProbability: Gate,
        Association: new AssociationOptions(Pd, Clutter),
        Initiator: initiator ?? new InitiatorOptions(MaxSpeedMps: MaxSpeed, Confirmation: InitiatorNames.Score),
        Deleter: deleter));

    [Fact]
    public void ScoreIsTheLogLikelihoodRatioComputedByHand()
    {
        // Birth at (100, 0) (score 0). One second later (112, 0): on each axis the Kalman prediction has variance
        // σ² + (vmax/2)² dt² + q dt³/3, so S = that + σ² on both (independent axes), and the hit adds
        // ln(Pd / λ) − ln(2π S) − ½ (12² + 0²) / S. A scan without detections then adds ln(1 − Pd Pg).
        var tracker = PlaneTracker();
        var model = PositionMeasurement.Cartesian(2, Sigma, 4);
        tracker.Step(SimTime.FromSeconds(0), [100.0, 0], model);
        Assert.Equal(0, tracker.Tracks[0].Score);
        tracker.Step(SimTime.FromSeconds(1), [112.0, 0], model);
        double s = Sigma * Sigma + MaxSpeed * MaxSpeed / 4 + Q / 3 + Sigma * Sigma;
        double hit = Math.Log(Pd / Clutter) - Math.Log(2 * Math.PI * s) - 0.5 * 144 / s;
        Assert.Equal(hit, tracker.Tracks[0].Score, 9);
        tracker.Step(SimTime.FromSeconds(2), ReadOnlySpan<double>.Empty, model);
        Assert.Equal(hit + Math.Log(1 - Pd * Gate), tracker.Tracks[0].Score, 9);
        Assert.Equal(hit, tracker.Tracks[0].PeakScore, 9); // the hit is positive here (λ small), so it is the peak
    }

    [Fact]
    public void SequentialTestUsesWaldsThresholds()
    {
        var options = new InitiatorOptions(Confirmation: InitiatorNames.Score, FalseTrackProbability: 1e-5, MissedTrackProbability: 0.02);
        var pair = FilterRegistry.CreateFilter(new FilterOptions(FilterNames.Kalman, Axes: 2));
        var test = new SequentialTestInitiator(new GaussianTrackFilter(pair.Predictor, pair.Updater, 2), options);
        Assert.Equal(Math.Log(0.98 / 1e-5), test.ConfirmThreshold, 12);
        Assert.Equal(Math.Log(0.02 / (1 - 1e-5)), test.RejectThreshold, 12);
    }

    [Fact]
    public void SteadyTargetConfirmsInAFewScansAndALoneDetectionIsDropped()
    {
        var tracker = PlaneTracker();
        var model = PositionMeasurement.Cartesian(2, Sigma, 4);
        var rng = new RandomStream(3);
        // Target A flies at 10 m/s from 0; a lone false detection at 5,000 m appears once. Each hit on A earns about
        // ln(Pd / λ) − ln(2π S) ≈ 5 once the velocity is known, so A passes ln((1 − β) / α) = 13.8 by its fifth report.
        for (int k = 0; k <= 6; k++)
        {
            double a = 10 * k + Sigma * rng.NextGaussian();
            double[] z = k == 0 ? [a, 0, 5000, 0] : [a, 0];
            tracker.Step(SimTime.FromSeconds(k), z, model);
            if (k == 4) Assert.Contains(tracker.Tracks, t => t.Confirmed && Math.Abs(t.Position.X - 40) < 30);
        }
        // ln(1 − Pd Pg) ≈ −1.61 a scan: the false track falls below ln(β / (1 − α)) ≈ −4.6 on its third miss.
        var track = Assert.Single(tracker.Tracks);
        Assert.True(track.Confirmed);
        Assert.Equal(1, track.Id);
    }

    [Fact]
    public void ScoreDropDeletesAConfirmedTrackOnTheMissThatCrossesTheDrop()
    {
        const double drop = 5;
        var tracker = PlaneTracker(deleter: new DeleterOptions(ConfirmedMisses: 0, MaxPositionVarianceM2: 1e12, ScoreDrop: drop));
        var model = PositionMeasurement.Cartesian(2, Sigma, 4);
        for (int k = 0; k <= 5; k++) tracker.Step(SimTime.FromSeconds(k), [10.0 * k, 0], model);
        Assert.True(tracker.Tracks[0].Confirmed);
        double miss = Math.Log(1 - Pd * Gate);   // −1.609: the fall passes 5 on the 4th miss (−6.44), not the 3rd (−4.83)
        int expected = (int)Math.Ceiling(drop / -miss);
        for (int m = 1; m <= expected; m++)
        {
            tracker.Step(SimTime.FromSeconds(5 + m), ReadOnlySpan<double>.Empty, model);
            Assert.Equal(m < expected, tracker.Tracks.Count == 1);
        }
    }

    /// <summary>Covers every track and states a fixed Pd.</summary>
    private sealed class FixedPd(double pd) : ITrackCoverage
    {
        public bool Covers(Track track) => true;
        public double DetectionProbability(Track track) => pd;
    }

    [Fact]
    public void CoverageSetsTheTracksDetectionProbabilityAndSoTheMissCost()
    {
        var tracker = PlaneTracker();
        var model = PositionMeasurement.Cartesian(2, Sigma, 4);
        tracker.Step(SimTime.FromSeconds(0), [0.0, 0], model);
        tracker.Step(SimTime.FromSeconds(1), ReadOnlySpan<double>.Empty, model, new FixedPd(0.3));
        Assert.Equal(0.3, tracker.Tracks[0].ScanDetectionProbability);
        Assert.Equal(Math.Log(1 - 0.3 * Gate), tracker.Tracks[0].Score, 12);
    }

    [Fact]
    public void TargetCrossingDueSouthOfTheRadarKeepsOneTrack()
    {
        // Azimuth is atan2(east, north): passing due south it jumps from +π to −π. Gated as plain numbers, the
        // detections on the far side of the cut fall outside the box and a second track starts.
        var tracker = Tracker.Create(new TrackerOptions(
            Filter: new FilterOptions(FilterNames.Extended, Axes: 3, Motion: new MotionModelOptions(MotionModelOptions.ConstantVelocity, 1)),
            Association: new AssociationOptions(0.9, 1e-3),
            Initiator: new InitiatorOptions(MaxSpeedMps: 400, Confirmation: InitiatorNames.Score)));
        var model = SphericalMeasurement.RangeAzimuthElevation(new Vec3(0, 0, 0), 20, 2e-3, 2e-3);
        var rng = new RandomStream(7);
        var z = new double[3];
        var ids = new HashSet<int>();
        for (int k = 0; k < 40; k++)
        {
            var truth = new Vec3(-4000 + 200 * k, -20_000, 1000);
            model.Function([truth.X, 0, truth.Y, 0, truth.Z, 0], z);
            z[0] += 20 * rng.NextGaussian();
            z[1] = SphericalMeasurement.WrapAngle(z[1] + 2e-3 * rng.NextGaussian());
            z[2] += 2e-3 * rng.NextGaussian();
            tracker.Step(SimTime.FromSeconds(k), z, model);
            foreach (var t in tracker.Tracks) ids.Add(t.Id);
        }
        Assert.Equal([1], ids);
        Assert.True(tracker.Tracks[0].Confirmed);
    }
}
