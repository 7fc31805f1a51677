using Oberig.Core.Numerics;

namespace Oberig.Models.Earth;

/// <summary>
/// The East, North and Up unit vectors (in ECEF) of the geodetic tangent frame at one latitude and longitude. A
/// struct, so that flight models can rebuild it at every sub-step without allocating (unlike
/// <see cref="Oberig.Core.Geodesy.LocalFrame"/>, which also holds an origin).
/// </summary>
internal readonly struct EnuBasis
{
    public readonly Vec3 East, North, Up;

    private EnuBasis(Vec3 east, Vec3 north, Vec3 up) { East = east; North = north; Up = up; }

    public static EnuBasis At(double latRad, double lonRad)
    {
        double sLat = Math.Sin(latRad), cLat = Math.Cos(latRad), sLon = Math.Sin(lonRad), cLon = Math.Cos(lonRad);
        return FromSinCos(sLat, cLat, sLon, cLon);
    }

    /// <summary>The basis from the sines and cosines of the latitude and longitude (no trigonometry).</summary>
    public static EnuBasis FromSinCos(double sLat, double cLat, double sLon, double cLon) =>
        new(
            new Vec3(-sLon, cLon, 0),
            new Vec3(-sLat * cLon, -sLat * sLon, cLat),
            new Vec3(cLat * cLon, cLat * sLon, sLat));

    public Vec3 ToEcef(double east, double north, double up) => East * east + North * north + Up * up;
}
