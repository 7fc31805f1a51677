using Oberig.Core.Geodesy;
using Oberig.Core.Numerics;
using Oberig.Core.Time;
using Oberig.Engine.Events;
using Oberig.Engine.Phases;
using Oberig.Engine.World;
using Oberig.Models.Sensors;
using Oberig.Tracking;
using Oberig.Tracking.Associators;
using Oberig.Tracking.Classification;
using Oberig.Tracking.Deleters;
using Oberig.Tracking.Initiators;
using Oberig.Tracking.Metrics;
using Oberig.Tracking.Models.Measurement;
using Oberig.Tracking.Options;
using Oberig.Tracking.Trackers;
using Oberig.Tracking.Tracks;

namespace Oberig.Engine.Tracking;

/// <summary>
/// Track: one multi-radar tracker builds the recognised air picture in the world's common ENU frame from every scan of
/// the step, in scan order, each with its radar's range-azimuth-elevation model and coverage (sequential fusion).
/// Publishes TrackStart when a track is confirmed and TrackEnd when a confirmed track is dropped, and scores the
/// picture against the truth (which the tracker itself never sees).
/// </summary>
public sealed class RadarTracking : ITracking, IAirPicture
{
    public const double MetricPeriodS = 10;
    public const double GospaCutoffM = 1000;
    /// <summary>A track's event names the threat within this distance of it, if any (for the event log only).</summary>
    private const double EventTruthRadiusM = 5000;

    private readonly Tracker _tracker;
    private readonly SphericalMeasurement[] _models;
    private readonly RadarCoverage[] _coverage;
    private readonly Enu[] _antennas;
    private readonly TrackMetrics _metrics = new(GospaCutoffM, 1);
    private readonly HashSet<int> _announced = [];
    private readonly HashSet<int> _alive = [];
    private readonly List<int> _ended = [];
    private double[] _measurements = new double[3 * 64];
    private bool[] _stale = new bool[64];
    private int[] _ids = new int[64];
    private Vec3[] _positions = new Vec3[64];
    private bool[] _confirmed = new bool[64];
    private int[] _truthIds = new int[64];
    private Vec3[] _truthPositions = new Vec3[64];
    private int _tracksConfirmed;
    private readonly TrackClassifier _classifier = new();
    /// <summary>Threats some radar has detected at least once: the picture is scored against these only, so GOSPA
    /// and time to confirm measure the tracker, not how long threats fly beyond every radar's reach.</summary>
    private readonly bool[] _seenByRadar;
    private readonly Dictionary<int, TrackNotes> _notes = [];
    private readonly Stack<TrackNotes> _spareNotes = new();
    private readonly List<int> _goneNotes = [];
    private readonly double[] _holdS;
    private SimTime _now;

    /// <summary>What the engine keeps beside a track: its class belief and when each radar last detected it.</summary>
    private sealed class TrackNotes(ClassBelief belief, int sensors)
    {
        public ClassBelief Belief { get; } = belief;
        public SimTime[] LastHit { get; } = new SimTime[sensors];
        public bool HitThisStep { get; set; }
        public bool Classified { get; set; }
        public bool Seen { get; set; }
    }

    /// <summary>A radar holds a track it detected within this many of its scan periods.</summary>
    public const double HoldScans = 3;

    /// <summary>
    /// The engine's tracker: extended Kalman filter on a 3-D constant-velocity state with q = 20 m²/s³ × (1 + (v / 300
    /// m/s)²) — about 20 for a drone, 35 for a cruise missile, 740 for a ballistic missile re-entering at 1,800 m/s,
    /// whose drag and gravity a fixed q = 20 could not follow (its tracks broke every few seconds and interceptors
    /// guided on them missed); GNN association; single-point initiation of tracks that may move
    /// at up to 1,000 m/s, confirmed by Wald's sequential test on the track score with a false-track probability of
    /// 1e-9 (a threshold of 20.7: near a radar, where false alarms crowd and a new track's gate is wide, chance hits
    /// earn little); a confirmed track is deleted when its score falls 10 below its peak, or when its position
    /// variance exceeds 1e8 m². Each radar's scan brings its own Pd for each track (<see cref="RadarCoverage"/>) and
    /// its own false-alarm density, so a miss at the edge of detection costs little and one under the radar's nose a
    /// lot. Measured on the demo (docs/PERFORMANCE.md): a threat is held by a confirmed track within 3 km 98.7 % of
    /// the time after its first detection. Documented defaults; a scenario option is future work.
    /// </summary>
    public static TrackerOptions EngineDefaults { get; } = new(
        Filter: new FilterOptions(FilterNames.Extended, Axes: 3, Motion: new MotionModelOptions("cv", SpectralDensity: 20, SpeedScaleMps: 300)),
        Associator: AssociatorNames.Gnn,
        Association: new AssociationOptions(DetectionProbability: 0.9, ClutterDensity: 1e-6),
        Initiator: new InitiatorOptions(MaxSpeedMps: 1000, Confirmation: InitiatorNames.Score, FalseTrackProbability: 1e-9),
        Deleter: new DeleterOptions(ConfirmedMisses: 0, MaxPositionVarianceM2: 1e8, ScoreDrop: 10));

    public RadarTracking(SimulationWorld world, TrackerOptions? options = null)
    {
        _tracker = Tracker.Create(options ?? EngineDefaults);
        _antennas = world.Sensors.Select(s => world.Frame.ToEnu(s.Antenna)).ToArray();
        _models = world.Sensors.Select(s => Model(s, _antennas[s.Index], _tracker.Filter.StateDimension)).ToArray();
        double referenceRcs = world.Threats.Count == 0 ? 1 : world.Threats.Min(t => t.Type.RcsM2);
        _coverage = world.Sensors.Select(s => new RadarCoverage(s, world.Frame, referenceRcs)).ToArray();
        _holdS = world.Sensors.Select(s => HoldScans * s.Type.ScanPeriodS).ToArray();
        _seenByRadar = new bool[world.Threats.Count];
    }

    /// <summary>The radar's measurement model at a conservative accuracy: its noise at 10 dB SNR (near the detection
    /// threshold), floored by the catalog, so weak detections still fall in their tracks' gates.</summary>
    private static SphericalMeasurement Model(WorldSensor sensor, Enu antenna, int stateDimension)
    {
        var sigma = MeasurementNoise.For(sensor.Type).At(Decibels.ToLinear(10));
        return SphericalMeasurement.RangeAzimuthElevation(new Vec3(antenna.East, antenna.North, antenna.Up),
            sigma.RangeM, sigma.AzimuthRad, sigma.ElevationRad, stateDimension);
    }

    /// <summary>The air picture after the latest step: live tracks, tentative and confirmed, in the world's common ENU
    /// frame. Valid until the next step; hold track ids, not objects.</summary>
    public IReadOnlyList<Track> Tracks => _tracker.Tracks;

    public void Track(StepContext context)
    {
        var world = context.World;
        world.AirPicture = this;
        foreach (var (sensor, first, count) in world.Scans)
        {
            // For scoring only (the tracker never reads it): which threats some radar has seen.
            for (int k = first; k < first + count; k++)
                if (world.Detections[k].Threat is var seen and >= 0) _seenByRadar[seen] = true;
            if (_measurements.Length < 3 * count) _measurements = new double[Math.Max(3 * count, 2 * _measurements.Length)];
            var antenna = _antennas[sensor];
            for (int k = 0; k < count; k++)
            {
                // The radar measures in its own local frame; the model measures along the common frame's axes, which
                // turn by about a degree per 111 km from the frame's origin. Re-express the measured point from the
                // antenna along the common axes (range is unchanged; the angles take the frame's rotation).
                var p = world.Detections[first + k].Position;
                var aer = LocalFrame.AerFromEnu(new Enu(p.East - antenna.East, p.North - antenna.North, p.Up - antenna.Up));
                _measurements[3 * k] = aer.RangeM;
                // The model predicts azimuth in (-π, π]; the gate compares raw values, so measurements must match.
                _measurements[3 * k + 1] = SphericalMeasurement.WrapAngle(aer.AzimuthDeg * Math.PI / 180);
                _measurements[3 * k + 2] = aer.ElevationDeg * Math.PI / 180;
            }
            _tracker.Step(context.Now, _measurements.AsSpan(0, 3 * count), _models[sensor], _coverage[sensor], sensor);
            NoteHits(sensor, context.Now);
        }
        _now = context.Now;
        DropStale(context.Now);
        Classify();
        PublishChanges(context);
        if (world.Step % (long)Math.Max(1, Math.Round(MetricPeriodS / context.StepLength.Seconds)) == 0) Score(world);
    }

    private void NoteHits(int sensor, SimTime now)
    {
        foreach (var track in _tracker.Tracks)
        {
            if (track.LastHitSource != sensor || track.LastUpdateTime != now) continue;
            var notes = Notes(track.Id);
            notes.LastHit[sensor] = now;
            notes.HitThisStep = true;
        }
    }

    private TrackNotes Notes(int id)
    {
        if (_notes.TryGetValue(id, out var notes)) return notes;
        if (_spareNotes.TryPop(out notes))
        {
            _classifier.Reset(notes.Belief);
            Array.Fill(notes.LastHit, SimTime.Start);
            notes.Classified = false;
        }
        else notes = new TrackNotes(_classifier.CreateBelief(), _holdS.Length);
        _notes[id] = notes;
        return notes;
    }

    /// <summary>Updates the class belief of every track detected this step (once per step: the classifier reads the
    /// change of velocity between updates), and recycles the notes of tracks that are gone.</summary>
    private void Classify()
    {
        foreach (var notes in _notes.Values) notes.Seen = false;
        foreach (var track in _tracker.Tracks)
        {
            if (!_notes.TryGetValue(track.Id, out var notes)) continue;
            notes.Seen = true;
            if (!notes.HitThisStep) continue;
            notes.HitThisStep = false;
            // The common frame's up axis sinks below the local vertical away from its origin: the classifier reads
            // height as z + origin height, so give it the earth's fall-off at this horizontal offset.
            var p = track.Position;
            _classifier.Update(notes.Belief, track.State, SimulationWorld.CurvatureDropM(p));
            notes.Classified = true;
        }
        _goneNotes.Clear();
        foreach (var (id, notes) in _notes) if (!notes.Seen) _goneNotes.Add(id);
        foreach (int id in _goneNotes)
        {
            _spareNotes.Push(_notes[id]);
            _notes.Remove(id);
        }
    }

    public void Read(List<PictureTrack> into)
    {
        into.Clear();
        foreach (var track in _tracker.Tracks)
            if (track.IsConfirmed) into.Add(Picture(track));
        into.Sort(static (a, b) => a.Id.CompareTo(b.Id));
    }

    public PictureTrack? Find(int trackId)
    {
        foreach (var track in _tracker.Tracks)
            if (track.Id == trackId) return track.IsConfirmed ? Picture(track) : null;
        return null;
    }

    private PictureTrack Picture(Track track)
    {
        {
            TrackClassification? classification = null;
            var heldBy = new List<int>();
            if (_notes.TryGetValue(track.Id, out var notes))
            {
                if (notes.Classified) classification = notes.Belief.Current;
                for (int s = 0; s < notes.LastHit.Length; s++)
                    if (notes.LastHit[s] > SimTime.Start && (_now - notes.LastHit[s]).Seconds <= _holdS[s]) heldBy.Add(s);
            }
            return new PictureTrack(track.Id, track.State.Time, track.Position, track.Velocity, track.PositionVarianceTrace,
                classification, heldBy);
        }
    }

    /// <summary>Tentative tracks unseen for this long are dropped (about three surveillance revisits).</summary>
    public const double TentativeStaleS = 20;
    /// <summary>Confirmed tracks unseen for this long are dropped.</summary>
    public const double ConfirmedStaleS = 60;

    /// <summary>
    /// A track that no radar's coverage has held for a while (it flew out of every radar's sight, or a false alarm
    /// placed it where no radar looks) is never reviewed by a scan, so the tracker would keep it for ever: drop it
    /// here, the way Stone Soup's update-time deleter does. A track whose estimate is underground by more than three
    /// standard deviations has hit the ground (a dive onto its target extrapolated past impact): drop it too.
    /// </summary>
    private void DropStale(SimTime now)
    {
        var tracks = _tracker.Tracks;
        Grow(ref _stale, tracks.Count);
        bool any = false;
        for (int i = 0; i < tracks.Count; i++)
        {
            double age = (now - tracks[i].State.Time).Seconds;
            _stale[i] = age > (tracks[i].IsConfirmed ? ConfirmedStaleS : TentativeStaleS) || Underground(tracks[i]);
            any |= _stale[i];
        }
        if (any) _tracker.Store.RemoveMarked(_stale.AsSpan(0, tracks.Count));
    }

    private static bool Underground(Track track)
    {
        var p = track.Position;
        double height = p.Z + SimulationWorld.CurvatureDropM(p);
        return height + 3 * Math.Sqrt(Math.Max(track.State.Variance(4, 4), 0)) < 0;
    }

    public AirPictureOutcome Outcome() => new(
        _metrics.MeanGospa, _metrics.MeanOspa, _metrics.ConfirmedTruthCount, _tracksConfirmed, _metrics.TrackBreaks,
        _metrics.IdentitySwaps, _metrics.MeanTimeToConfirm?.Seconds, _tracker.Counters.CovarianceRepairs);

    private void PublishChanges(StepContext context)
    {
        _alive.Clear();
        foreach (var track in _tracker.Tracks)
        {
            if (!track.IsConfirmed) continue;
            _alive.Add(track.Id);
            if (!_announced.Add(track.Id)) continue;
            _tracksConfirmed++;
            Publish(context, SimEventKind.TrackStart, track.Id, track.Position);
        }
        _ended.Clear();
        foreach (int id in _announced) if (!_alive.Contains(id)) _ended.Add(id);
        foreach (int id in _ended)
        {
            _announced.Remove(id);
            context.Events.Publish(new SimEvent(context.Now, SimEventKind.TrackEnd, -1, id, default));
        }
    }

    private static void Publish(StepContext context, SimEventKind kind, int trackId, Vec3 position)
    {
        var world = context.World;
        int threat = world.NearestFlyingThreat(position, EventTruthRadiusM);
        context.Events.Publish(new SimEvent(context.Now, kind, threat, trackId, world.Frame.ToGeodetic(new Enu(position.X, position.Y, position.Z))));
    }


    private void Score(SimulationWorld world)
    {
        var tracks = _tracker.Tracks;
        Grow(ref _ids, tracks.Count); Grow(ref _positions, tracks.Count); Grow(ref _confirmed, tracks.Count);
        for (int i = 0; i < tracks.Count; i++) (_ids[i], _positions[i], _confirmed[i]) = (tracks[i].Id, tracks[i].Position, tracks[i].IsConfirmed);
        int truths = 0;
        Grow(ref _truthIds, world.Snapshot.Length); Grow(ref _truthPositions, world.Snapshot.Length);
        foreach (var s in world.Snapshot)
        {
            if (s.Status != ThreatStatus.Flying || !_seenByRadar[s.Index]) continue;
            var enu = world.Frame.ToEnu(s.Kinematics.Position);
            _truthIds[truths] = s.Index;
            _truthPositions[truths++] = new Vec3(enu.East, enu.North, enu.Up);
        }
        _metrics.AddScan(world.Now, _ids.AsSpan(0, tracks.Count), _positions.AsSpan(0, tracks.Count), _confirmed.AsSpan(0, tracks.Count),
            _truthIds.AsSpan(0, truths), _truthPositions.AsSpan(0, truths));
    }

    private static void Grow<T>(ref T[] array, int size)
    {
        if (array.Length < size) array = new T[Math.Max(size, 2 * array.Length)];
    }
}
