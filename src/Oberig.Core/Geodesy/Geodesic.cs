namespace Oberig.Core.Geodesy;

/// <summary>
/// Geodesics on the WGS84 ellipsoid by Karney's method (C. F. F. Karney, "Algorithms for geodesics",
/// J. Geodesy 87:43-55, 2013): the problem is mapped onto an auxiliary sphere, where distance and longitude are
/// Fourier series in the arc length. Accurate to round-off (micrometres) for every pair of points, including nearly
/// antipodal ones, where Vincenty's method fails to converge. Heights are ignored: geodesics lie on the ellipsoid.
/// </summary>
public static partial class Geodesic
{
    private const double A = Wgs84.A;
    private const double F = Wgs84.F;
    private const double F1 = 1 - F;
    private const double B = Wgs84.B;
    private const double Ep2 = Wgs84.Ep2;
    /// <summary>Third flattening, the small parameter of the longitude series.</summary>
    private const double N = F / (2 - F);

    /// <summary>Smallest number whose square does not underflow; keeps cos(beta) positive at the poles.</summary>
    private static readonly double Tiny = Math.Sqrt(2.2250738585072014e-308);
    /// <summary>Machine epsilon, 2^-52.</summary>
    private const double Tol0 = 2.220446049250313e-16;
    private const double Tol1 = 200 * Tol0;
    private static readonly double Tol2 = Math.Sqrt(Tol0);
    private static readonly double TolB = Tol0 * Tol2;
    private static readonly double XThresh = 1000 * Tol2;

    /// <summary>Solves the inverse problem between two points given in degrees.</summary>
    public static GeodesicInverse Inverse(double lat1, double lon1, double lat2, double lon2)
    {
        CheckLatitude(lat1, nameof(lat1));
        CheckLatitude(lat2, nameof(lat2));
        CheckFinite(lon1, nameof(lon1));
        CheckFinite(lon2, nameof(lon2));
        return SolveInverse(lat1, lon1, lat2, lon2);
    }

    /// <summary>Solves the inverse problem between two positions; their heights are ignored.</summary>
    public static GeodesicInverse Inverse(Geodetic p1, Geodetic p2) =>
        Inverse(p1.LatitudeDeg, p1.LongitudeDeg, p2.LatitudeDeg, p2.LongitudeDeg);

    /// <summary>Solves the direct problem: from (lat1, lon1) at azimuth azi1 (degrees) for s12 metres (may be negative).</summary>
    public static GeodesicDirect Direct(double lat1, double lon1, double azi1, double s12)
    {
        CheckLatitude(lat1, nameof(lat1));
        CheckFinite(lon1, nameof(lon1));
        CheckFinite(azi1, nameof(azi1));
        CheckFinite(s12, nameof(s12));
        return SolveDirect(lat1, lon1, azi1, s12);
    }

    /// <summary>Solves the direct problem from a position (its height is ignored).</summary>
    public static GeodesicDirect Direct(Geodetic p1, double azi1, double s12) =>
        Direct(p1.LatitudeDeg, p1.LongitudeDeg, azi1, s12);

    private static void CheckLatitude(double lat, string name)
    {
        if (!(Math.Abs(lat) <= 90.0))
            throw new ArgumentOutOfRangeException(name, lat, "latitude must be within [-90, 90] degrees");
    }

    private static void CheckFinite(double x, string name)
    {
        if (!double.IsFinite(x)) throw new ArgumentOutOfRangeException(name, x, "must be a finite number");
    }

    /// <summary>
    /// Reduced (parametric) latitude on the auxiliary sphere, tan(beta) = (1 - f) tan(phi), as a unit (sin, cos)
    /// pair with cos clamped to Tiny so that a pole still has a defined direction of travel.
    /// </summary>
    private static (double Sin, double Cos) ReducedLatitude(double latDeg)
    {
        var (s, c) = AngleMath.SinCosDeg(latDeg);
        s *= F1;
        AngleMath.Normalize(ref s, ref c);
        return (s, Math.Max(Tiny, c));
    }

    /// <summary>eps of the series for k² = e'² cos²(alpha0), written to avoid cancellation.</summary>
    private static double Epsilon(double k2) => k2 / (2 * (1 + Math.Sqrt(1 + k2)) + k2);
}
