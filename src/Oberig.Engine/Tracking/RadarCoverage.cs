using MathNet.Numerics;
using Oberig.Core.Geodesy;
using Oberig.Engine.World;
using Oberig.Models.Sensors;
using Oberig.Tracking.Trackers;
using Oberig.Tracking.Tracks;

namespace Oberig.Engine.Tracking;

/// <summary>
/// Which tracks a radar's scan can speak about: those whose estimated position lies within its instrumented range,
/// elevation coverage and 4/3-earth line of sight. A track outside takes no part in the scan, so a short-range
/// fire-control radar's scans do not count misses against tracks far beyond its reach. For covered tracks it states
/// the radar's Pd at the track's range against a reference target, and the radar's false-alarm density in its
/// range-azimuth-elevation measurement space, so the tracker weighs hits and misses as this radar deserves.
/// </summary>
/// <remarks>
/// The tracker does not know what a track is, so Pd is that of a reference RCS: the smallest of the scenario's threat
/// types (the radar's hardest target). A larger target is detected more often than that, so its misses are weighed
/// lightly — the cautious side for a target that is really there; false tracks near a radar, where even the reference
/// Pd is close to 1, are dropped after a few misses. False alarms fall uniformly over range cells, azimuth and the
/// elevation span (as <c>RadarChannel</c> draws them), which is a constant density in that space.
/// </remarks>
internal sealed class RadarCoverage : ITrackCoverage
{
    private readonly RadarEquation _equation;
    private readonly PdTable _pd;
    private readonly double _referenceRcsM2;
    private readonly LocalFrame _commonFrame;
    private readonly RadarLineOfSight _lineOfSight;
    private readonly double _rangeSquaredM2;
    private readonly double _east, _north, _up;

    /// <param name="referenceRcsM2">RCS whose Pd the coverage states, m².</param>
    public RadarCoverage(WorldSensor sensor, LocalFrame commonFrame, double referenceRcsM2)
    {
        var type = sensor.Type;
        _equation = RadarEquation.For(type);
        _pd = new PdTable(new SquareLawDetector(type.PfaOrDefault(), type.PulsesPerDwell), SwerlingCase.Swerling1);
        _referenceRcsM2 = referenceRcsM2;
        double elevationSpanRad = (type.MaxElevationDeg - type.MinElevationDeg) * Math.PI / 180;
        ClutterDensity = FalseAlarms.ExpectedPerScan(type, type.PfaOrDefault()) / (type.InstrumentedRangeM * 2 * Math.PI * elevationSpanRad);
        _commonFrame = commonFrame;
        _lineOfSight = new RadarLineOfSight(sensor.Type, sensor.Site);
        var antenna = commonFrame.ToEnu(_lineOfSight.Antenna);
        (_east, _north, _up) = (antenna.East, antenna.North, antenna.Up);
        _rangeSquaredM2 = sensor.Type.InstrumentedRangeM * sensor.Type.InstrumentedRangeM;
    }

    public bool Covers(Track track)
    {
        // The tracker asks DetectionProbability right after a yes for the same track: keep what it needs.
        _lastTrack = track;
        _lastVisible = VisibleProbability(track, out _lastRangeM);
        return _lastVisible >= MinVisibleProbability;
    }

    public double DetectionProbability(Track track)
    {
        double range = _lastRangeM, visible = _lastVisible;
        if (!ReferenceEquals(track, _lastTrack)) visible = VisibleProbability(track, out range);
        return _pd.Pd(_equation.Snr(_referenceRcsM2, Math.Max(range, 1))) * visible;
    }

    private Track? _lastTrack;
    private double _lastVisible, _lastRangeM;

    /// <summary>Tracks less likely than this to be above the radar's horizon are not covered.</summary>
    public const double MinVisibleProbability = 1e-3;

    /// <summary>
    /// The probability that the track's target is within the radar's range and elevation coverage and above its horizon:
    /// range and elevation judged on the estimate, the horizon on the estimated height with its standard deviation
    /// (the up axis of the common frame, close to the local vertical). Judging a low target on its estimated height
    /// alone would drop it from coverage whenever the estimate dips below the horizon, and its next detection would
    /// start a new track.
    /// </summary>
    private double VisibleProbability(Track track, out double rangeM)
    {
        var p = track.Position;
        double dx = p.X - _east, dy = p.Y - _north, dz = p.Z - _up;
        double range2 = dx * dx + dy * dy + dz * dz;
        rangeM = 0;
        // Distances are the same in ENU and ECEF: the cheap test first.
        if (range2 > _rangeSquaredM2) return 0;
        rangeM = Math.Sqrt(range2);
        var ecef = _commonFrame.ToEcef(new Enu(p.X, p.Y, p.Z));
        if (!_lineOfSight.WithinCoverage(ecef)) return 0;
        // Height above the ellipsoid from the frame's up and the earth's curvature over the horizontal offset.
        double height = p.Z + SimulationWorld.CurvatureDropM(p);
        double margin = height - _lineOfSight.MinimumVisibleHeightM(ecef);
        if (margin >= 0 && track.Axes < 3) return 1;
        double sigma = track.Axes > 2 ? Math.Sqrt(Math.Max(track.State.Variance(4, 4), 1)) : 1;
        return 0.5 * SpecialFunctions.Erfc(-margin / (sigma * Math.Sqrt(2)));
    }

    /// <summary>False alarms per scan over range (m) × azimuth (rad) × elevation span (rad).</summary>
    public double ClutterDensity { get; }
}
