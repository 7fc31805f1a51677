using Oberig.Core.Numerics;
using Oberig.Core.Time;
using Oberig.Tracking.Deleters;
using Oberig.Tracking.Initiators;
using Oberig.Tracking.Models.Measurement;
using Oberig.Tracking.Options;
using Oberig.Tracking.Trackers;

namespace Oberig.Tracking.Tests.Initiators;

/// <summary>M-of-N confirmation and deletion on a scripted hit/miss sequence: one still target, detected or not.</summary>
public class MOfNInitiatorTests
{
    internal static Tracker Scripted(int m, int n, int misses = 5, double maxVariance = 1e6, double q = 1) => Tracker.Create(new TrackerOptions(
        Filter: new FilterOptions(FilterNames.Kalman, Axes: 2, Motion: new MotionModelOptions(MotionModelOptions.ConstantVelocity, q)),
        Initiator: new InitiatorOptions(m, n, MaxSpeedMps: 2),
        Deleter: new DeleterOptions(misses, maxVariance)));

    /// <summary>Runs the script ('H' hit, 'M' miss) and returns, per scan, "-" (no track), "T" or "C" and the track id.</summary>
    internal static List<string> Play(Tracker tracker, string script)
    {
        var sensor = PositionMeasurement.Cartesian(2, 1);
        var states = new List<string>();
        for (int k = 0; k < script.Length; k++)
        {
            Vec3[] detections = script[k] == 'H' ? [new Vec3(0.1 * (k % 3), -0.1 * (k % 2), 0)] : [];
            tracker.Step(SimTime.FromSeconds(k), detections, sensor);
            Assert.True(tracker.Tracks.Count <= 1);
            states.Add(tracker.Tracks.Count == 0 ? "-" : (tracker.Tracks[0].IsConfirmed ? "C" : "T") + tracker.Tracks[0].Id);
        }
        return states;
    }

    [Theory]
    [InlineData(2, 3, "HH", "T1 C1")]
    [InlineData(2, 3, "HMH", "T1 T1 C1")]
    [InlineData(2, 3, "HMMH", "T1 T1 - T2")]           // M unreachable after the third scan: dropped; a new track starts
    [InlineData(3, 5, "HMHMH", "T1 T1 T1 T1 C1")]
    [InlineData(3, 5, "HMMHM", "T1 T1 T1 T1 -")]
    [InlineData(3, 5, "HMMMH", "T1 T1 T1 - T2")]
    [InlineData(1, 1, "HM", "C1 C1")]                  // 1 of 1: confirmed at birth
    [InlineData(4, 4, "HHHH", "T1 T1 T1 C1")]
    public void ConfirmsAndDropsAsScripted(int m, int n, string script, string expected)
    {
        Assert.Equal(expected, string.Join(" ", Play(Scripted(m, n), script)));
    }

    [Fact]
    public void ConfirmedTrackIsDeletedAfterKConsecutiveMisses()
    {
        var states = Play(Scripted(1, 1, misses: 3), "HMMHMMM");
        Assert.Equal("C1 C1 C1 C1 C1 C1 -", string.Join(" ", states));
    }

    [Fact]
    public void TrackIsDeletedWhenItsPositionVarianceOutgrowsTheLimit()
    {
        // q = 50 m²/s³: coasting grows the position variance fast; K = 100 keeps the miss deleter out of it.
        var tracker = Scripted(1, 1, misses: 100, maxVariance: 400, q: 50);
        var states = Play(tracker, "HMMMMMMMMM");
        int gone = states.IndexOf("-");
        Assert.True(gone > 1, string.Join(" ", states));
        Assert.True(new CovarianceDeleter(400).MaxPositionVarianceM2 == 400);
    }
}
