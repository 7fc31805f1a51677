using Oberig.Core.Numerics;
using Oberig.Core.Time;

namespace Oberig.Tracking.Metrics;

/// <summary>
/// Track-level metrics accumulated over a run, scan by scan. Each scan, the confirmed tracks are assigned to the truths
/// present by GOSPA's optimal assignment (cut-off c, order p, alpha 2), and each truth's assigned track id (or none)
/// is followed from scan to scan. Definitions:
/// <list type="bullet">
/// <item><b>Track break</b>: a truth that had a track is assigned a track again after one or more scans in which it
/// was present with none (the same track coming back counts: the picture lost it for a while), or is assigned directly
/// a different track seen for the first time this scan (the old track was dropped and a new one started).</item>
/// <item><b>Identity swap</b>: a truth's assigned track changes directly, with no gap, from one track to another
/// track that already existed in an earlier scan.</item>
/// <item><b>Time to confirm</b>: for each truth, the time of the first scan in which a confirmed track is assigned to
/// it minus the time of the first scan in which the truth is present.</item>
/// </list>
/// Scans in which a truth is absent (not yet launched, out of the picture) leave its state unchanged. Tentative tracks
/// do not enter the assignment: the metrics describe the picture a battle manager sees.
/// </summary>
public sealed class TrackMetrics
{
    private sealed class TruthState
    {
        public SimTime FirstSeen;
        public SimTime? Confirmed;
        public int LastTrack = NoTrack;
        public bool Gap;
    }

    private const int NoTrack = int.MinValue;

    private readonly double _c, _p;
    private readonly MetricWorkspace _workspace = new();
    private readonly Dictionary<int, TruthState> _truths = [];
    private readonly Dictionary<int, int> _trackFirstScan = [];
    private Vec3[] _confirmedPositions = [];
    private int[] _confirmedIds = [];
    private int[] _estimateToTruth = [];
    private double _gospaSum, _ospaSum;
    private SimTime _lastTime;

    /// <param name="cutoff">GOSPA cut-off c in metres (default 10).</param>
    /// <param name="order">GOSPA order p (default 1).</param>
    public TrackMetrics(double cutoff = 10, double order = 1)
    {
        if (!(cutoff > 0) || !double.IsFinite(cutoff)) throw new ArgumentOutOfRangeException(nameof(cutoff), cutoff, "must be positive and finite");
        if (!(order >= 1) || !double.IsFinite(order)) throw new ArgumentOutOfRangeException(nameof(order), order, "must be at least 1");
        _c = cutoff;
        _p = order;
    }

    /// <summary>Number of scans added.</summary>
    public int Scans { get; private set; }

    /// <summary>Track breaks counted so far (see the class remarks).</summary>
    public int TrackBreaks { get; private set; }

    /// <summary>Identity swaps counted so far (see the class remarks).</summary>
    public int IdentitySwaps { get; private set; }

    /// <summary>Mean per-scan GOSPA (alpha 2) over the scans added; 0 before any.</summary>
    public double MeanGospa => Scans == 0 ? 0 : _gospaSum / Scans;

    /// <summary>Mean per-scan OSPA with the same c and p; 0 before any.</summary>
    public double MeanOspa => Scans == 0 ? 0 : _ospaSum / Scans;

    /// <summary>Last scan's GOSPA value and decomposition.</summary>
    public GospaValue LastGospa { get; private set; }

    /// <summary>Number of distinct truths seen.</summary>
    public int TruthCount => _truths.Count;

    /// <summary>Number of truths that have been assigned a confirmed track at least once.</summary>
    public int ConfirmedTruthCount { get; private set; }

    /// <summary>Mean time to confirm over the truths that were confirmed; null when none was.</summary>
    public SimDuration? MeanTimeToConfirm
    {
        get
        {
            if (ConfirmedTruthCount == 0) return null;
            double sum = 0;
            foreach (var s in _truths.Values) if (s.Confirmed is { } t) sum += (t - s.FirstSeen).Seconds;
            return SimDuration.FromSeconds(sum / ConfirmedTruthCount);
        }
    }

    /// <summary>The time to confirm of truth <paramref name="truthId"/>, when it has been confirmed.</summary>
    public bool TryGetTimeToConfirm(int truthId, out SimDuration timeToConfirm)
    {
        if (_truths.TryGetValue(truthId, out var s) && s.Confirmed is { } t) { timeToConfirm = t - s.FirstSeen; return true; }
        timeToConfirm = default;
        return false;
    }

    /// <summary>
    /// Adds one scan: the tracks (ids, positions, and whether each is confirmed; an empty
    /// <paramref name="trackConfirmed"/> means all are) and the truths present (ids, positions). Times must not
    /// decrease; ids must be distinct within a scan.
    /// </summary>
    public void AddScan(SimTime time, ReadOnlySpan<int> trackIds, ReadOnlySpan<Vec3> trackPositions, ReadOnlySpan<bool> trackConfirmed,
        ReadOnlySpan<int> truthIds, ReadOnlySpan<Vec3> truthPositions)
    {
        if (trackPositions.Length != trackIds.Length) throw new ArgumentException("one position per track id", nameof(trackPositions));
        if (trackConfirmed.Length != 0 && trackConfirmed.Length != trackIds.Length) throw new ArgumentException("one flag per track id, or none", nameof(trackConfirmed));
        if (truthPositions.Length != truthIds.Length) throw new ArgumentException("one position per truth id", nameof(truthPositions));
        if (Scans > 0 && time < _lastTime) throw new ArgumentException($"scan at {time} is before the previous one at {_lastTime}", nameof(time));
        if (trackIds.Contains(NoTrack)) throw new ArgumentException($"{NoTrack} is reserved", nameof(trackIds));
        foreach (var x in trackPositions) CheckFinite(x, nameof(trackPositions));
        foreach (var x in truthPositions) CheckFinite(x, nameof(truthPositions));

        int n = 0;
        EnsureCapacity(trackIds.Length);
        for (int k = 0; k < trackIds.Length; k++)
        {
            if (trackConfirmed.Length != 0 && !trackConfirmed[k]) continue;
            _confirmedIds[n] = trackIds[k];
            _confirmedPositions[n] = trackPositions[k];
            n++;
            _trackFirstScan.TryAdd(trackIds[k], Scans);
        }

        var estimates = _confirmedPositions.AsSpan(0, n);
        var estimateToTruth = _estimateToTruth.AsSpan(0, n);
        var (localisation, assigned) = _workspace.Assign(estimates, truthPositions, _c, _p, estimateToTruth);
        LastGospa = Gospa.FromAssignment(n, truthPositions.Length, localisation, assigned, _c, _p, 2);
        _gospaSum += LastGospa.Distance;
        _ospaSum += Ospa.FromAssignment(n, truthPositions.Length, localisation, assigned, _c, _p).Distance;

        var truthToTrack = _workspace.TruthScratch(truthIds.Length);
        truthToTrack.Fill(NoTrack);
        for (int e = 0; e < n; e++) if (estimateToTruth[e] >= 0) truthToTrack[estimateToTruth[e]] = _confirmedIds[e];

        for (int j = 0; j < truthIds.Length; j++)
        {
            if (!_truths.TryGetValue(truthIds[j], out var s))
                _truths[truthIds[j]] = s = new TruthState { FirstSeen = time };
            int track = truthToTrack[j];
            if (track == NoTrack)
            {
                if (s.LastTrack != NoTrack) s.Gap = true;
                continue;
            }
            if (s.Confirmed is null) { s.Confirmed = time; ConfirmedTruthCount++; }
            else if (s.Gap) TrackBreaks++;
            else if (track != s.LastTrack)
            {
                if (_trackFirstScan[track] == Scans) TrackBreaks++;
                else IdentitySwaps++;
            }
            s.LastTrack = track;
            s.Gap = false;
        }
        _lastTime = time;
        Scans++;
    }

    private static void CheckFinite(Vec3 v, string name)
    {
        if (!double.IsFinite(v.X) || !double.IsFinite(v.Y) || !double.IsFinite(v.Z)) throw new ArgumentException("positions must be finite", name);
    }

    private void EnsureCapacity(int tracks)
    {
        if (_confirmedIds.Length >= tracks) return;
        int size = Math.Max(tracks, 2 * _confirmedIds.Length);
        _confirmedIds = new int[size];
        _confirmedPositions = new Vec3[size];
        _estimateToTruth = new int[size];
    }
}
