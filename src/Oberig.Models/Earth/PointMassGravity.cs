using Oberig.Core.Geodesy;
using Oberig.Core.Numerics;

namespace Oberig.Models.Earth;

/// <summary>
/// Central (point-mass) gravitation GM/r² and a cheap height above the WGS84 ellipsoid for hot loops. The J2
/// oblateness term is left out: over a 500 km ballistic flight it moves the impact by a few hundred metres at most,
/// which the loft solver absorbs because it solves with the same model the flight then flies.
/// </summary>
public static class PointMassGravity
{
    /// <summary>Earth's gravitational constant including the atmosphere, m³/s² (WGS84, NIMA TR8350.2).</summary>
    public const double GM = 3.986004418e14;

    /// <summary>Gravitational acceleration at ECEF position <paramref name="r"/>, m/s².</summary>
    public static Vec3 Acceleration(Vec3 r)
    {
        double r2 = r.NormSquared;
        double k = -GM / (r2 * Math.Sqrt(r2));
        return r * k;
    }

    /// <summary>
    /// Height above the ellipsoid measured along the geocentric radius: the radial distance minus the ellipse radius at
    /// the same geocentric latitude. It differs from the geodetic (normal) height by less than 1e-5 of the height, at a
    /// fraction of the cost of <see cref="Wgs84.ToGeodetic"/>.
    /// </summary>
    public static double RadialHeight(Vec3 r)
    {
        double r2 = r.NormSquared;
        double norm = Math.Sqrt(r2);
        double sin2 = r.Z * r.Z / r2;
        double cos2 = 1 - sin2;
        double ellipse = Wgs84.A * Wgs84.B / Math.Sqrt(Wgs84.B * Wgs84.B * cos2 + Wgs84.A * Wgs84.A * sin2);
        return norm - ellipse;
    }
}
