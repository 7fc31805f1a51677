using Oberig.Core.Numerics;

namespace Oberig.Core.Geodesy;

/// <summary>
/// The earth near one site as a sphere of radius <see cref="RadiusM"/>, seen from the site's local ENU tangent frame
/// (x east, y north, z up, origin on the sphere at the site's sea-level point): the centre is at (0, 0, −R). An infinite
/// radius is the flat earth (height = z), kept for closed-form checks that assume uniform gravity.
/// </summary>
/// <remarks>
/// The sphere of the Gaussian radius √(MN) at the site (<see cref="AtLatitude"/>) puts sea level within 10 m of the
/// ellipsoid's 300 km out at 50° latitude (24 m at the equator, 0 at the poles; a quarter of that at 150 km): the
/// ellipsoid curves with M north-south and N east-west, the sphere with their geometric mean. The height formulas are rationalised so that subtracting R from a distance of 6.4e6 m
/// never throws away the sub-millimetre digits.
/// </remarks>
public readonly record struct LocalSphere(double RadiusM)
{
    /// <summary>The flat earth: the tangent plane z = 0 is the ground.</summary>
    public static LocalSphere Flat => new(double.PositiveInfinity);

    /// <summary>The sphere of the mean earth radius, <see cref="Wgs84.MeanRadiusM"/>: for frames that serve every latitude.</summary>
    public static LocalSphere Mean => new(Wgs84.MeanRadiusM);

    /// <summary>The sphere of WGS84's Gaussian radius of curvature at <paramref name="latitudeDeg"/>.</summary>
    public static LocalSphere AtLatitude(double latitudeDeg) => new(Wgs84.GaussianRadiusM(latitudeDeg));

    public bool IsFlat => double.IsPositiveInfinity(RadiusM);

    /// <summary>Height above the sphere of local point <paramref name="r"/>, m.</summary>
    public double HeightAbove(Vec3 r) => HeightAbove(r, out _);

    /// <summary>
    /// Height above the sphere, m, and the distance from its centre (infinite for the flat earth), one square root.
    /// h = |r − c| − R = (x² + y² + z² + 2Rz) / (|r − c| + R): the same number without the cancellation.
    /// </summary>
    public double HeightAbove(Vec3 r, out double centreDistanceM)
    {
        if (IsFlat) { centreDistanceM = double.PositiveInfinity; return r.Z; }
        double horizontal2 = r.X * r.X + r.Y * r.Y, up = r.Z + RadiusM;
        centreDistanceM = Math.Sqrt(horizontal2 + up * up);
        return (horizontal2 + r.Z * (r.Z + 2 * RadiusM)) / (centreDistanceM + RadiusM);
    }

    /// <summary>The vector from the sphere's centre to <paramref name="r"/> (for the flat earth: straight up, unit).</summary>
    public Vec3 FromCentre(Vec3 r) => IsFlat ? new Vec3(0, 0, 1) : new Vec3(r.X, r.Y, r.Z + RadiusM);

    /// <summary>Local vertical (unit, away from the centre) at <paramref name="r"/>.</summary>
    public Vec3 Up(Vec3 r) => FromCentre(r).Normalized();

    /// <summary>
    /// The point <paramref name="heightM"/> above the sphere whose foot lies a distance √(e² + n²) along the sphere from
    /// the origin, in the azimuth of (east, north): the round-earth reading of a map offset.
    /// </summary>
    public Vec3 PointAt(double eastM, double northM, double heightM)
    {
        double ground = Math.Sqrt(eastM * eastM + northM * northM);
        if (IsFlat || ground == 0) return new Vec3(eastM, northM, heightM);
        double angle = ground / RadiusM, radius = RadiusM + heightM;
        double horizontal = radius * Math.Sin(angle) / ground;
        // z = (R + h) cos θ − R, with cos θ − 1 = −2 sin²(θ/2) so nothing cancels.
        double half = Math.Sin(0.5 * angle);
        return new Vec3(eastM * horizontal, northM * horizontal, heightM - 2 * radius * half * half);
    }

    /// <summary>Distance along the sphere from the origin to the foot of <paramref name="r"/>, m.</summary>
    public double GroundRangeM(Vec3 r)
    {
        double horizontal = Math.Sqrt(r.X * r.X + r.Y * r.Y);
        return IsFlat ? horizontal : RadiusM * Math.Atan2(horizontal, r.Z + RadiusM);
    }

    /// <summary>Distance along the sphere between the feet of <paramref name="a"/> and <paramref name="b"/>, m: the
    /// ground range from a launcher at <paramref name="a"/> to a target at <paramref name="b"/>, whatever the frame's
    /// origin on the sphere.</summary>
    public double GroundDistanceM(Vec3 a, Vec3 b)
    {
        if (IsFlat) return Math.Sqrt((b.X - a.X) * (b.X - a.X) + (b.Y - a.Y) * (b.Y - a.Y));
        Vec3 ca = FromCentre(a), cb = FromCentre(b);
        // atan2(|a×b|, a·b): accurate at small angles, where acos of the dot product is not.
        return RadiusM * Math.Atan2(ca.Cross(cb).Norm, ca.Dot(cb));
    }
}
