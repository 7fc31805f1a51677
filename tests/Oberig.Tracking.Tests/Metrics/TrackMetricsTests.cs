using Oberig.Core.Numerics;
using Oberig.Core.Time;
using Oberig.Tracking.Metrics;

namespace Oberig.Tracking.Tests.Metrics;

public class TrackMetricsTests
{
    private static Vec3 P(double x, double y = 0) => new(x, y, 0);

    private static void Scan(TrackMetrics m, double t, (int Id, double X, bool Confirmed)[] tracks, (int Id, double X)[] truths) =>
        m.AddScan(SimTime.FromSeconds(t),
            tracks.Select(k => k.Id).ToArray(), tracks.Select(k => P(k.X)).ToArray(), tracks.Select(k => k.Confirmed).ToArray(),
            truths.Select(k => k.Id).ToArray(), truths.Select(k => P(k.X)).ToArray());

    [Fact]
    public void SteadyTrackHasNoBreaksNorSwapsAndConfirmsWhenItsTrackIsConfirmed()
    {
        var m = new TrackMetrics(cutoff: 10, order: 1);
        Scan(m, 0, [], [(1, 0)]);                        // truth appears at t = 0, nothing yet
        Scan(m, 1, [(7, 1.2, false)], [(1, 1)]);          // tentative track: not in the picture
        Scan(m, 2, [(7, 2.1, true)], [(1, 2)]);           // confirmed at t = 2
        Scan(m, 3, [(7, 3.1, true)], [(1, 3)]);
        Assert.Equal(0, m.TrackBreaks);
        Assert.Equal(0, m.IdentitySwaps);
        Assert.True(m.TryGetTimeToConfirm(1, out var ttc));
        Assert.Equal(2, ttc.Seconds, 12);
        Assert.Equal(2, m.MeanTimeToConfirm!.Value.Seconds, 12);
        Assert.Equal(1, m.ConfirmedTruthCount);
        Assert.Equal(4, m.Scans);
        // GOSPA per scan (c 10, p 1): 5 (missed), 5 (missed), 0.1, 0.1 -> mean 2.55.
        Assert.Equal(2.55, m.MeanGospa, 9);
        Assert.Equal(0.1, m.LastGospa.Distance, 9);
    }

    [Fact]
    public void LosingTheTrackAndRegainingItIsABreak()
    {
        var m = new TrackMetrics();
        Scan(m, 0, [(7, 0, true)], [(1, 0)]);
        Scan(m, 1, [(7, 1, true)], [(1, 1)]);
        Scan(m, 2, [(7, 40, true)], [(1, 2)]);            // the track wanders beyond the cut-off: none assigned
        Scan(m, 3, [(7, 3, true)], [(1, 3)]);            // the same track comes back: a break
        Assert.Equal(1, m.TrackBreaks);
        Assert.Equal(0, m.IdentitySwaps);
    }

    [Fact]
    public void ANewTrackTakingOverIsABreakNotASwap()
    {
        var m = new TrackMetrics();
        Scan(m, 0, [(7, 0, true)], [(1, 0)]);
        Scan(m, 1, [(7, 1, true)], [(1, 1)]);
        Scan(m, 2, [(8, 2, true)], [(1, 2)]);            // track 7 dropped, new track 8 started in the same scan
        Scan(m, 3, [(8, 3, true)], [(1, 3)]);
        Assert.Equal(1, m.TrackBreaks);
        Assert.Equal(0, m.IdentitySwaps);
    }

    [Fact]
    public void CrossingTargetsWhoseTracksExchangeTruthsCountTwoSwaps()
    {
        var m = new TrackMetrics();
        Scan(m, 0, [(7, 0, true), (8, 20, true)], [(1, 0), (2, 20)]);
        Scan(m, 1, [(7, 1, true), (8, 19, true)], [(1, 1), (2, 19)]);
        // The truths cross but the tracks bounce back: each truth now sits on the other's track.
        Scan(m, 2, [(7, 1, true), (8, 19, true)], [(1, 19), (2, 1)]);
        Scan(m, 3, [(7, 0, true), (8, 20, true)], [(1, 20), (2, 0)]);
        Assert.Equal(2, m.IdentitySwaps);
        Assert.Equal(0, m.TrackBreaks);
        Assert.Equal(2, m.TruthCount);
    }

    [Fact]
    public void ScansWithoutTheTruthLeaveItsStateAloneAndTruthsNeverTrackedAreNotConfirmed()
    {
        var m = new TrackMetrics();
        Scan(m, 0, [(7, 0, true)], [(1, 0), (2, 500)]);
        Scan(m, 1, [(7, 1, true)], [(2, 500)]);           // truth 1 absent: no gap recorded
        Scan(m, 2, [(7, 2, true)], [(1, 2), (2, 500)]);
        Assert.Equal(0, m.TrackBreaks);
        Assert.Equal(1, m.ConfirmedTruthCount);
        Assert.False(m.TryGetTimeToConfirm(2, out _));
        Assert.Equal(0, m.MeanTimeToConfirm!.Value.Seconds);
    }

    [Fact]
    public void TimeGoingBackwardsIsRejected()
    {
        var m = new TrackMetrics();
        Scan(m, 5, [], []);
        Assert.Throws<ArgumentException>(() => Scan(m, 4, [], []));
    }
}
