using Oberig.Core.Assignment;
using Oberig.Core.Numerics;
using Oberig.Core.Time;
using Oberig.Tracking.Associators;
using Oberig.Tracking.Deleters;
using Oberig.Tracking.Hypothesisers;
using Oberig.Tracking.Initiators;
using Oberig.Tracking.Models.Measurement;
using Oberig.Tracking.Options;
using Oberig.Tracking.Tracks;

namespace Oberig.Tracking.Trackers;

/// <summary>
/// A multi-target tracker wired from injected parts, like Stone Soup's MultiTargetTracker: each
/// <see cref="Step(SimTime, ReadOnlySpan{double}, IMeasurementModel)"/> is one sensor's scan — the hypothesiser
/// predicts and gates, the associator updates or coasts every track, the initiator confirms or drops tentative tracks,
/// the deleter removes lost ones, and the initiator starts tracks on the detections nobody explained.
/// </summary>
/// <remarks>
/// <para>Several sensors are fused by calling <see cref="Step(SimTime, ReadOnlySpan{double}, IMeasurementModel)"/>
/// once per sensor scan, in time order, each with that sensor's measurement model (sequential measurement fusion: the
/// tracks carry one picture, each scan refines it). Every step counts as a scan for M-of-N and for consecutive misses,
/// so with two sensors a deletion after K misses means K scans of either — unless the scan is given an
/// <see cref="ITrackCoverage"/>: then only the tracks the sensor covers take part, and a track outside one radar's
/// coverage neither ages nor misses on that radar's scans.</para>
/// <para>Steady state allocates nothing: the gated matrix, solver workspaces and grids are reused, and tracks come
/// from a pool.</para>
/// </remarks>
public sealed class Tracker
{
    private readonly SparseCostMatrix _hypotheses = new();
    private bool[] _used = [];
    private bool[] _remove = [];
    private bool[] _covered = [];
    private readonly List<Track> _coveredTracks = [];
    private double[] _buffer = [];
    private SimTime _lastTime;
    private bool _started;

    /// <param name="association">Pd and λ for scans whose coverage does not state them (default
    /// <see cref="AssociationOptions.Default"/>).</param>
    public Tracker(ITrackFilter filter, IHypothesiser hypothesiser, IAssociator associator, IInitiator initiator, IDeleter deleter,
        double gateProbability, AssociationOptions? association = null)
    {
        Association = association ?? AssociationOptions.Default;
        Filter = filter ?? throw new ArgumentNullException(nameof(filter));
        Hypothesiser = hypothesiser ?? throw new ArgumentNullException(nameof(hypothesiser));
        Associator = associator ?? throw new ArgumentNullException(nameof(associator));
        Initiator = initiator ?? throw new ArgumentNullException(nameof(initiator));
        Deleter = deleter ?? throw new ArgumentNullException(nameof(deleter));
        if (!(gateProbability > 0 && gateProbability < 1)) throw new ArgumentOutOfRangeException(nameof(gateProbability), gateProbability, "must be in (0, 1)");
        GateProbability = gateProbability;
        Store = new TrackStore(filter);
    }

    /// <summary>The tracker <paramref name="options"/> name, its parts sharing <paramref name="counters"/>.</summary>
    /// <exception cref="ArgumentException">The options have problems (see <see cref="TrackerOptions.Problems"/>).</exception>
    public static Tracker Create(TrackerOptions options, FilterCounters? counters = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Problems();
        if (problems.Count > 0) throw new ArgumentException(string.Join("; ", problems), nameof(options));
        counters ??= new FilterCounters();
        var f = options.FilterOrDefault;
        ITrackFilter filter;
        if (f.Name == FilterNames.Imm)
            filter = new ImmTrackFilter(FilterRegistry.CreateImm(f, counters), f.ImmOrDefault.InitialProbabilitiesOrDefault(), counters);
        else
        {
            var pair = FilterRegistry.CreateFilter(f, counters);
            filter = new GaussianTrackFilter(pair.Predictor, pair.Updater, f.Axes);
        }
        IAssociator associator = options.Associator == AssociatorNames.Jpda
            ? new JpdaAssociator((GaussianTrackFilter)filter, options.AssociationOrDefault, options.JpdaOrDefault)
            : new GnnAssociator(filter, options.AssociationOrDefault);
        var d = options.DeleterOrDefault;
        return new Tracker(filter, new GatingHypothesiser(filter, options.GateProbability), associator,
            InitiatorNames.Create(filter, options.InitiatorOrDefault), d.Create(), options.GateProbability,
            options.AssociationOrDefault);
    }

    /// <summary>The least Pd a coverage may state: a hit on a track given Pd 0 would be impossible, so ln Pd must stay
    /// finite.</summary>
    public const double MinDetectionProbability = 1e-3;

    public ITrackFilter Filter { get; }
    public AssociationOptions Association { get; }
    public IHypothesiser Hypothesiser { get; }
    public IAssociator Associator { get; }
    public IInitiator Initiator { get; }
    public IDeleter Deleter { get; }
    public double GateProbability { get; }
    public TrackStore Store { get; }

    /// <summary>Live tracks, tentative and confirmed, in order of birth. Valid until the next step.</summary>
    public IReadOnlyList<Track> Tracks => Store.Live;

    /// <summary>Covariance repairs and rejected updates of every part.</summary>
    public FilterCounters Counters => Filter.Counters;

    /// <summary>Steps (sensor scans) processed.</summary>
    public long Scans { get; private set; }

    /// <summary>The gated matrix of the last scan (rows = tracks at that scan's start).</summary>
    public SparseCostMatrix LastHypotheses => _hypotheses;

    /// <summary>Number of confirmed live tracks.</summary>
    public int ConfirmedCount
    {
        get
        {
            int c = 0;
            foreach (var t in Store.Live) if (t.IsConfirmed) c++;
            return c;
        }
    }

    /// <summary>
    /// One sensor scan at <paramref name="time"/> (not before the previous step): <paramref name="measurements"/> holds
    /// <see cref="IMeasurementModel.MeasurementDimension"/> values per detection, back to back. Every live track is
    /// covered by the scan.
    /// </summary>
    public void Step(SimTime time, ReadOnlySpan<double> measurements, IMeasurementModel model) => Step(time, measurements, model, null);

    /// <summary>
    /// One sensor scan, as <see cref="Step(SimTime, ReadOnlySpan{double}, IMeasurementModel)"/>, that sees only the
    /// tracks <paramref name="coverage"/> covers (null: all). Coverage is asked once per live track before anything
    /// else, on the track's state as it stands (after its latest scan, not predicted to <paramref name="time"/>). A
    /// track not covered takes no part in the scan: it is not predicted or gated, records neither hit nor miss, its
    /// M-of-N window and miss count do not move, it is not reviewed or deleted, and its state is untouched (the next
    /// scan that covers it predicts it from there). Detections no covered track explains start new tracks as usual.
    /// <see cref="LastHypotheses"/> then has one row per covered track, in birth order.
    /// </summary>
    /// <param name="source">A number for the sensor whose scan this is, recorded as <see cref="Track.LastHitSource"/>
    /// on every track the scan updates or starts (-1: none).</param>
    public void Step(SimTime time, ReadOnlySpan<double> measurements, IMeasurementModel model, ITrackCoverage? coverage, int source = -1)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (_started && time < _lastTime) throw new ArgumentOutOfRangeException(nameof(time), time, $"is before the previous scan at {_lastTime}");
        int m = model.MeasurementDimension;
        if (measurements.Length % m != 0) throw new ArgumentException($"{measurements.Length} values is not a whole number of {m}-component measurements", nameof(measurements));
        int count = measurements.Length / m;
        if (_used.Length < count) _used = new bool[Math.Max(count, 2 * _used.Length)];
        var used = _used.AsSpan(0, count);
        used.Clear();

        var live = Store.Live;
        if (_covered.Length < live.Count) _covered = new bool[Math.Max(live.Count, 2 * _covered.Length)];
        var covered = _covered.AsSpan(0, live.Count);
        IReadOnlyList<Track> tracks = live;
        double defaultPd = Association.DetectionProbability;
        if (coverage is not null)
        {
            _coveredTracks.Clear();
            for (int i = 0; i < live.Count; i++)
            {
                var track = live[i];
                covered[i] = coverage.Covers(track);
                if (!covered[i]) continue;
                _coveredTracks.Add(track);
                double pd = coverage.DetectionProbability(track);
                track.ScanDetectionProbability = double.IsNaN(pd) ? defaultPd : Math.Clamp(pd, MinDetectionProbability, 1);
            }
            tracks = _coveredTracks;
        }
        else
        {
            covered.Fill(true);
            for (int i = 0; i < live.Count; i++) live[i].ScanDetectionProbability = defaultPd;
        }
        double clutter = coverage?.ClutterDensity ?? double.NaN;
        if (!(clutter > 0) || !double.IsFinite(clutter)) clutter = Association.ClutterDensity;

        Hypothesiser.Hypothesise(tracks, time, measurements, model, _hypotheses);
        Associator.Associate(tracks, time, measurements, m, _hypotheses, GateProbability, clutter, used);
        if (source >= 0)
            for (int i = 0; i < tracks.Count; i++)
                if (tracks[i].ConsecutiveMisses == 0) tracks[i].LastHitSource = source; // a hit this scan

        if (_remove.Length < live.Count) _remove = new bool[Math.Max(live.Count, 2 * _remove.Length)];
        var remove = _remove.AsSpan(0, live.Count);
        for (int i = 0; i < live.Count; i++) remove[i] = covered[i] && (!Initiator.Review(live[i]) || Deleter.ShouldDelete(live[i]));
        Store.RemoveMarked(remove);
        if (coverage is not null) _coveredTracks.Clear(); // hold no references to pooled tracks between scans

        int born = Store.Live.Count;
        Initiator.Initiate(time, measurements, model, used, Store);
        if (source >= 0) for (int i = born; i < Store.Live.Count; i++) Store.Live[i].LastHitSource = source;
        _lastTime = time;
        _started = true;
        Scans++;
    }

    /// <summary>A scan of position detections: the first <see cref="IMeasurementModel.MeasurementDimension"/> coordinates of each are the measurement.</summary>
    public void Step(SimTime time, ReadOnlySpan<Vec3> positions, IMeasurementModel model) => Step(time, positions, model, null);

    /// <summary>A scan of position detections that sees only the tracks <paramref name="coverage"/> covers (null: all).</summary>
    public void Step(SimTime time, ReadOnlySpan<Vec3> positions, IMeasurementModel model, ITrackCoverage? coverage)
    {
        ArgumentNullException.ThrowIfNull(model);
        int m = model.MeasurementDimension;
        if (m > 3) throw new ArgumentException($"a position has 3 coordinates; the model measures {m}", nameof(model));
        if (_buffer.Length < positions.Length * m) _buffer = new double[Math.Max(positions.Length * m, 2 * _buffer.Length)];
        for (int j = 0; j < positions.Length; j++)
        {
            _buffer[j * m] = positions[j].X;
            if (m > 1) _buffer[j * m + 1] = positions[j].Y;
            if (m > 2) _buffer[j * m + 2] = positions[j].Z;
        }
        Step(time, _buffer.AsSpan(0, positions.Length * m), model, coverage);
    }
}
