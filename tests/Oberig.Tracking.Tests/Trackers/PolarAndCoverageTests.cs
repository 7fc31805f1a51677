using Oberig.Core.Numerics;
using Oberig.Core.Random;
using Oberig.Core.Time;
using Oberig.Tracking.Associators;
using Oberig.Tracking.Initiators;
using Oberig.Tracking.Models.Measurement;
using Oberig.Tracking.Options;
using Oberig.Tracking.Trackers;
using Oberig.Tracking.Tracks;

namespace Oberig.Tracking.Tests.Trackers;

/// <summary>Initiation from radar (range, azimuth, elevation) reports, and scans that see only the tracks in coverage.</summary>
public class PolarAndCoverageTests
{
    [Fact]
    public void PolarReportsOfOneTargetConfirmATrackThatSettlesNearTheMeasurementAccuracy()
    {
        var tracker = Tracker.Create(new TrackerOptions(
            Filter: new FilterOptions(FilterNames.Extended, Axes: 3, Motion: new MotionModelOptions(MotionModelOptions.ConstantVelocity, 0.1)),
            Association: new AssociationOptions(0.9, 1e-3),
            Initiator: new InitiatorOptions(2, 3, MaxSpeedMps: 400)));
        var radar = new Vec3(1000, -500, 20);
        const double rangeSd = 20, angleSd = 1e-3;
        var model = SphericalMeasurement.RangeAzimuthElevation(radar, rangeSd, angleSd, angleSd, stateDimension: 6);
        var rng = new RandomStream(11);
        // 50 km from the radar, 3 km up, flying 200 m/s across the line of sight.
        Vec3 start = radar + new Vec3(30_000, 40_000, 3_000), velocity = new(-160, 120, 0);
        var z = new double[3];
        var errors = new List<double>();
        for (int k = 0; k < 60; k++)
        {
            var truth = start + velocity * k;
            model.Function([truth.X, 0, truth.Y, 0, truth.Z, 0], z);
            z[0] += rangeSd * rng.NextGaussian();
            z[1] += angleSd * rng.NextGaussian();
            z[2] += angleSd * rng.NextGaussian();
            tracker.Step(SimTime.FromSeconds(k), z, model);
            Assert.Single(tracker.Tracks);
            if (k >= 1) Assert.True(tracker.Tracks[0].Confirmed, $"scan {k}");
            if (k >= 40) errors.Add((tracker.Tracks[0].Position - truth).Norm);
        }
        var track = tracker.Tracks[0];
        Assert.Equal(1, track.Id);
        // One report places the target to about √(σr² + 2 (r σθ)²) ≈ 74 m; the settled filter should do no worse.
        double single = Math.Sqrt(rangeSd * rangeSd + 2 * Math.Pow(50_000 * angleSd, 2));
        double rms = Math.Sqrt(errors.Average(e => e * e));
        Assert.True(rms < single, $"RMS position error {rms:F1} m over the last 20 scans, one report {single:F1} m");
        Assert.True((track.Velocity - velocity).Norm < 30, $"velocity {track.Velocity}");
    }

    [Fact]
    public void InitiatorPlacesTheInvertedPositionAndItsCovarianceInTheState()
    {
        var filterOptions = new FilterOptions(FilterNames.Extended, Axes: 3, Motion: new MotionModelOptions(MotionModelOptions.ConstantVelocity, 1));
        var tracker = Tracker.Create(new TrackerOptions(Filter: filterOptions, Initiator: new InitiatorOptions(MaxSpeedMps: 100)));
        var model = SphericalMeasurement.RangeAzimuthElevation(new Vec3(5, 6, 7), 10, 2e-3, 3e-3);
        double[] z = [20_000, 1.0, 0.1];
        tracker.Step(SimTime.FromSeconds(0), z, model);
        var p = new double[3];
        var c = new double[9];
        model.InvertToPosition(z, p, c);
        var s = tracker.Tracks[0].State;
        for (int a = 0; a < 3; a++)
        {
            Assert.Equal(p[a], s.Mean[2 * a], 9);
            Assert.Equal(0, s.Mean[2 * a + 1]);
            Assert.Equal(2500, s.Variance(2 * a + 1, 2 * a + 1), 9);
            for (int b = 0; b < 3; b++) Assert.Equal(c[a * 3 + b], s.Variance(2 * a, 2 * b), 9);
        }
    }

    /// <summary>A radar that sees the half-plane west (or east) of x = 50 km.</summary>
    private sealed class HalfPlane(bool east) : ITrackCoverage
    {
        public bool Covers(Track track) => track.Position.X >= 50_000 == east;
    }

    private static Tracker TwoRadarTracker() => Tracker.Create(new TrackerOptions(
        Filter: new FilterOptions(FilterNames.Kalman, Axes: 2, Motion: new MotionModelOptions(MotionModelOptions.ConstantVelocity, 0.1)),
        Initiator: new InitiatorOptions(2, 3, MaxSpeedMps: 20)));

    /// <summary>
    /// A fire-control radar (every second, west half) sees target A; a surveillance radar (every 6 s, east half) sees
    /// target B. Returns the tracker after <paramref name="seconds"/> seconds; <paramref name="afterScan"/> sees each scan.
    /// </summary>
    private static Tracker RunTwoRadars(bool withCoverage, int seconds, Action<int, bool, Tracker>? afterScan = null, Func<int, bool>? detectA = null)
    {
        var tracker = TwoRadarTracker();
        var sensor = PositionMeasurement.Cartesian(2, 5);
        ITrackCoverage west = new HalfPlane(east: false), east = new HalfPlane(east: true);
        var rng = new RandomStream(5);
        var one = new Vec3[1];
        for (int t = 0; t < seconds; t++)
        {
            var time = SimTime.FromSeconds(t);
            var a = new Vec3(10_000 + 5 * t, 0, 0);
            one[0] = a + new Vec3(5 * rng.NextGaussian(), 5 * rng.NextGaussian(), 0);
            ReadOnlySpan<Vec3> seenA = detectA is null || detectA(t) ? one : [];
            tracker.Step(time, seenA, sensor, withCoverage ? west : null);
            afterScan?.Invoke(t, false, tracker);
            if (t % 6 == 0)
            {
                var b = new Vec3(90_000 - 5 * t, 1000, 0);
                one[0] = b + new Vec3(5 * rng.NextGaussian(), 5 * rng.NextGaussian(), 0);
                tracker.Step(time, one, sensor, withCoverage ? east : null);
                afterScan?.Invoke(t, true, tracker);
            }
        }
        return tracker;
    }

    [Fact]
    public void WithCoverageBothRadarsTracksConfirmAndSurvive()
    {
        var tracker = RunTwoRadars(withCoverage: true, seconds: 60, afterScan: (t, surveillance, tr) =>
        {
            foreach (var track in tr.Tracks) Assert.Equal(0, track.ConsecutiveMisses);
        });
        Assert.Equal(2, tracker.Tracks.Count);
        Assert.All(tracker.Tracks, t => Assert.True(t.Confirmed));
        var west = tracker.Tracks.Single(t => t.Position.X < 50_000);
        var east = tracker.Tracks.Single(t => t.Position.X >= 50_000);
        Assert.Equal(60, west.Scans);     // one per fire-control scan, none of the surveillance radar's
        Assert.Equal(10, east.Scans);     // one per surveillance scan
        Assert.Equal(10, east.HitsInLast(10));
        Assert.Equal(12, west.HitsInLast(12));
        Assert.Equal(2, tracker.ConfirmedCount);
    }

    [Fact]
    public void WithoutCoverageTheOtherRadarsScansCountAsMisses()
    {
        // Old behaviour: every scan is every track's. The surveillance-only target's track takes five fire-control misses
        // between its reports and never confirms (a new tentative track is born and dropped every 6 s); the
        // fire-control track takes a miss from every surveillance scan.
        int eastConfirmed = 0, maxEastMisses = 0;
        var tracker = RunTwoRadars(withCoverage: false, seconds: 60, afterScan: (_, _, tr) =>
        {
            foreach (var t in tr.Tracks)
                if (t.Position.X >= 50_000)
                {
                    if (t.Confirmed) eastConfirmed++;
                    maxEastMisses = Math.Max(maxEastMisses, t.ConsecutiveMisses);
                }
        });
        Assert.Equal(0, eastConfirmed);
        Assert.True(maxEastMisses >= 1);
        var west = Assert.Single(tracker.Tracks, t => t.Position.X < 50_000);
        Assert.Equal(70, west.Scans);
        // The last 12 scans (t = 49..59) hold the surveillance scan at 54 s: a miss the covered run does not have.
        Assert.Equal(11, west.HitsInLast(12));
    }

    [Fact]
    public void ACoveredTrackThatIsNotDetectedRecordsAMissWhileTheUncoveredOneIsUntouched()
    {
        var tracker = RunTwoRadars(withCoverage: true, seconds: 20);
        var west = tracker.Tracks.Single(t => t.Position.X < 50_000);
        var east = tracker.Tracks.Single(t => t.Position.X >= 50_000);
        int eastScans = east.Scans;
        ulong eastHistory = east.HitHistory;
        var eastTime = east.State.Time;
        double[] eastMean = east.State.Mean.ToArray(), eastCov = east.State.Covariance.ToArray();

        // A fire-control scan at t = 20 s without detection: the west track misses, the east track sits out.
        tracker.Step(SimTime.FromSeconds(20), ReadOnlySpan<Vec3>.Empty, PositionMeasurement.Cartesian(2, 5), new HalfPlane(east: false));
        Assert.Equal(1, west.ConsecutiveMisses);
        Assert.Equal(0UL, west.HitHistory & 1);
        Assert.Equal(SimTime.FromSeconds(20), west.State.Time);
        Assert.Equal(eastScans, east.Scans);
        Assert.Equal(eastHistory, east.HitHistory);
        Assert.Equal(0, east.ConsecutiveMisses);
        Assert.Equal(eastTime, east.State.Time);
        Assert.Equal(eastMean, east.State.Mean.ToArray());
        Assert.Equal(eastCov, east.State.Covariance.ToArray());
        Assert.Equal(1, tracker.LastHypotheses.RowCount); // one row: the covered track only

        // The next surveillance scan predicts the east track from where it was and updates it.
        tracker.Step(SimTime.FromSeconds(24), [new Vec3(90_000 - 5 * 24, 1000, 0)], PositionMeasurement.Cartesian(2, 5), new HalfPlane(east: true));
        Assert.Equal(eastScans + 1, east.Scans);
        Assert.Equal(SimTime.FromSeconds(24), east.State.Time);
        Assert.True(east.Confirmed);
    }

    [Fact]
    public void DetectionsOutsideEveryCoveredTrackStartNewTracks()
    {
        var tracker = TwoRadarTracker();
        var sensor = PositionMeasurement.Cartesian(2, 5);
        tracker.Step(SimTime.FromSeconds(0), [new Vec3(10_000, 0, 0)], sensor, new HalfPlane(east: false));
        // The east radar covers nothing yet, but its detection starts a track.
        tracker.Step(SimTime.FromSeconds(0), [new Vec3(90_000, 0, 0)], sensor, new HalfPlane(east: true));
        Assert.Equal(2, tracker.Tracks.Count);
        Assert.Equal(1, tracker.Tracks[0].Scans);
    }

    [Theory]
    [InlineData(AssociatorNames.Gnn)]
    [InlineData(AssociatorNames.Jpda)]
    public void ScansWithCoverageAllocateNothingInSteadyState(string associator)
    {
        var tracker = Tracker.Create(new TrackerOptions(
            Filter: new FilterOptions(FilterNames.Kalman, Axes: 2, Motion: new MotionModelOptions(MotionModelOptions.ConstantVelocity, 0.1)),
            Associator: associator,
            Initiator: new InitiatorOptions(2, 3, MaxSpeedMps: 20)));
        var sensor = PositionMeasurement.Cartesian(2, 5);
        ITrackCoverage west = new HalfPlane(east: false), east = new HalfPlane(east: true);
        var rng = new RandomStream(9);
        const int scans = 120, targets = 20;
        // Per scan: 20 targets on each side (10 km apart), plus 5 clutter points, all drawn up front.
        var westScans = new Vec3[scans][];
        var eastScans = new Vec3[scans][];
        for (int k = 0; k < scans; k++)
        {
            westScans[k] = new Vec3[targets + 5];
            eastScans[k] = new Vec3[targets + 5];
            for (int i = 0; i < targets; i++)
            {
                westScans[k][i] = new Vec3(2_000 * i + 3 * k + 5 * rng.NextGaussian(), 5 * rng.NextGaussian(), 0);
                eastScans[k][i] = new Vec3(60_000 + 2_000 * i - 3 * k + 5 * rng.NextGaussian(), 500 + 5 * rng.NextGaussian(), 0);
            }
            for (int i = targets; i < targets + 5; i++)
            {
                westScans[k][i] = new Vec3(rng.NextDouble(0, 45_000), rng.NextDouble(5_000, 20_000), 0);
                eastScans[k][i] = new Vec3(rng.NextDouble(55_000, 100_000), rng.NextDouble(5_000, 20_000), 0);
            }
        }
        void Scan(int k)
        {
            tracker.Step(SimTime.FromSeconds(k), westScans[k], sensor, west);
            if (k % 3 == 0) tracker.Step(SimTime.FromSeconds(k), eastScans[k], sensor, east);
        }
        for (int k = 0; k < 60; k++) Scan(k);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int k = 60; k < scans; k++) Scan(k);
        long bytes = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(bytes == 0, $"{bytes} bytes allocated over 60 s of scans ({tracker.Store.Pooled} pooled, {tracker.Tracks.Count} live)");
        Assert.Equal(2 * targets, tracker.ConfirmedCount);
    }
}
