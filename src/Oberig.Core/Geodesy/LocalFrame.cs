using Oberig.Core.Numerics;

namespace Oberig.Core.Geodesy;

/// <summary>
/// A local tangent frame (East-North-Up) at a geodetic origin. Rotations are precomputed once, so converting a
/// position or a velocity is a handful of multiplications.
/// </summary>
public sealed class LocalFrame
{
    public Geodetic Origin { get; }
    public Ecef OriginEcef { get; }
    private readonly double _sinLat, _cosLat, _sinLon, _cosLon;

    public LocalFrame(Geodetic origin)
    {
        Origin = origin;
        OriginEcef = Wgs84.ToEcef(origin);
        _sinLat = Math.Sin(origin.LatitudeRad); _cosLat = Math.Cos(origin.LatitudeRad);
        _sinLon = Math.Sin(origin.LongitudeRad); _cosLon = Math.Cos(origin.LongitudeRad);
    }

    /// <summary>Rotates an ECEF vector (a difference or a velocity) into local ENU components.</summary>
    public Enu RotateToEnu(Vec3 d) => new(
        -_sinLon * d.X + _cosLon * d.Y,
        -_sinLat * _cosLon * d.X - _sinLat * _sinLon * d.Y + _cosLat * d.Z,
        _cosLat * _cosLon * d.X + _cosLat * _sinLon * d.Y + _sinLat * d.Z);

    /// <summary>Rotates local ENU components back into an ECEF vector.</summary>
    public Vec3 RotateToEcef(Enu v) => new(
        -_sinLon * v.East - _sinLat * _cosLon * v.North + _cosLat * _cosLon * v.Up,
        _cosLon * v.East - _sinLat * _sinLon * v.North + _cosLat * _sinLon * v.Up,
        _cosLat * v.North + _sinLat * v.Up);

    public Enu ToEnu(Ecef p) => RotateToEnu(p - OriginEcef);
    public Enu ToEnu(Geodetic g) => ToEnu(Wgs84.ToEcef(g));
    public Ecef ToEcef(Enu e) => OriginEcef + RotateToEcef(e);
    public Geodetic ToGeodetic(Enu e) => Wgs84.ToGeodetic(ToEcef(e));
    public Ned ToNed(Geodetic g) => Ned.FromEnu(ToEnu(g));

    public Aer ToAer(Ecef p) => AerFromEnu(ToEnu(p));
    public Aer ToAer(Geodetic g) => ToAer(Wgs84.ToEcef(g));

    public static Aer AerFromEnu(Enu e)
    {
        double horizontal = Math.Sqrt(e.East * e.East + e.North * e.North);
        double range = Math.Sqrt(horizontal * horizontal + e.Up * e.Up);
        double az = Math.Atan2(e.East, e.North) * 180.0 / Math.PI;
        if (az < 0) az += 360.0;
        double el = Math.Atan2(e.Up, horizontal) * 180.0 / Math.PI;
        return new Aer(az, el, range);
    }

    public static Enu EnuFromAer(Aer a)
    {
        double az = a.AzimuthDeg * Math.PI / 180.0, el = a.ElevationDeg * Math.PI / 180.0;
        double horizontal = a.RangeM * Math.Cos(el);
        return new Enu(horizontal * Math.Sin(az), horizontal * Math.Cos(az), a.RangeM * Math.Sin(el));
    }
}
