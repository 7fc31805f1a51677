using Oberig.Core.Geodesy;
using Oberig.Engine.World;
using Oberig.Models.Sensors;
using Oberig.Tracking.Trackers;
using Oberig.Tracking.Tracks;

namespace Oberig.Engine.Tracking;

/// <summary>
/// Which tracks a radar's scan can speak about: those whose estimated position lies within its instrumented range,
/// elevation coverage and 4/3-earth line of sight. A track outside takes no part in the scan, so a short-range
/// fire-control radar's scans do not count misses against tracks far beyond its reach.
/// </summary>
internal sealed class RadarCoverage : ITrackCoverage
{
    private readonly LocalFrame _commonFrame;
    private readonly RadarLineOfSight _lineOfSight;
    private readonly double _rangeSquaredM2;
    private readonly double _east, _north, _up;

    public RadarCoverage(WorldSensor sensor, LocalFrame commonFrame)
    {
        _commonFrame = commonFrame;
        _lineOfSight = new RadarLineOfSight(sensor.Type, sensor.Site);
        var antenna = commonFrame.ToEnu(_lineOfSight.Antenna);
        (_east, _north, _up) = (antenna.East, antenna.North, antenna.Up);
        _rangeSquaredM2 = sensor.Type.InstrumentedRangeM * sensor.Type.InstrumentedRangeM;
    }

    public bool Covers(Track track)
    {
        var p = track.Position;
        double dx = p.X - _east, dy = p.Y - _north, dz = p.Z - _up;
        // Distances are the same in ENU and ECEF: the cheap test first.
        if (dx * dx + dy * dy + dz * dz > _rangeSquaredM2) return false;
        var ecef = _commonFrame.ToEcef(new Enu(p.X, p.Y, p.Z));
        // Height above the ellipsoid from the frame's up and the earth's curvature over the horizontal offset.
        double height = p.Z + (p.X * p.X + p.Y * p.Y) / (2 * Wgs84.A);
        return _lineOfSight.CanSee(ecef, height);
    }
}
