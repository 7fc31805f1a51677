namespace Oberig.Core.Geodesy;

/// <summary>The WGS84 ellipsoid and conversions between geodetic and Earth-centred, Earth-fixed coordinates.</summary>
public static class Wgs84
{
    /// <summary>Semi-major axis, m (NIMA TR8350.2).</summary>
    public const double A = 6378137.0;
    /// <summary>Flattening (NIMA TR8350.2).</summary>
    public const double F = 1.0 / 298.257223563;
    public const double B = A * (1 - F);
    /// <summary>First eccentricity squared.</summary>
    public const double E2 = F * (2 - F);
    /// <summary>Second eccentricity squared.</summary>
    public const double Ep2 = E2 / (1 - E2);
    /// <summary>Earth's rotation rate, rad/s (NIMA TR8350.2).</summary>
    public const double OmegaRadPerS = 7.292115e-5;

    /// <summary>Mean radius R1 = (2a + b)/3, m (IUGG): the one sphere for a model that serves every latitude.</summary>
    public const double MeanRadiusM = (2 * A + B) / 3;

    /// <summary>Meridian radius of curvature M = a(1 − e²)/(1 − e² sin²φ)^(3/2), m, at geodetic latitude φ.</summary>
    public static double MeridianRadiusM(double latitudeDeg)
    {
        double w2 = CurvatureDenominator(latitudeDeg);
        return A * (1 - E2) / (w2 * Math.Sqrt(w2));
    }

    /// <summary>Prime-vertical radius of curvature N = a/√(1 − e² sin²φ), m, at geodetic latitude φ.</summary>
    public static double PrimeVerticalRadiusM(double latitudeDeg) => A / Math.Sqrt(CurvatureDenominator(latitudeDeg));

    /// <summary>
    /// Gaussian mean radius of curvature √(MN) = a√(1 − e²)/(1 − e² sin²φ), m: the sphere that osculates the ellipsoid
    /// at latitude φ best in every azimuth on average (its curvature is the ellipsoid's Gaussian curvature there).
    /// </summary>
    public static double GaussianRadiusM(double latitudeDeg) => A * Math.Sqrt(1 - E2) / CurvatureDenominator(latitudeDeg);

    private static double CurvatureDenominator(double latitudeDeg)
    {
        double s = Math.Sin(latitudeDeg * DegToRad);
        return 1 - E2 * s * s;
    }

    private const double DegToRad = Math.PI / 180.0;
    private const double RadToDeg = 180.0 / Math.PI;

    public static Ecef ToEcef(Geodetic g)
    {
        double lat = g.LatitudeDeg * DegToRad, lon = g.LongitudeDeg * DegToRad;
        double sinLat = Math.Sin(lat), cosLat = Math.Cos(lat);
        double n = A / Math.Sqrt(1 - E2 * sinLat * sinLat);
        return new Ecef(
            (n + g.HeightM) * cosLat * Math.Cos(lon),
            (n + g.HeightM) * cosLat * Math.Sin(lon),
            (n * (1 - E2) + g.HeightM) * sinLat);
    }

    /// <summary>
    /// ECEF to geodetic by Bowring's parametric-latitude start and Newton refinement; sub-micrometre for any point
    /// from the centre of the Earth to far beyond geostationary height.
    /// </summary>
    public static Geodetic ToGeodetic(Ecef e)
    {
        double p = Math.Sqrt(e.X * e.X + e.Y * e.Y);
        double lon = Math.Atan2(e.Y, e.X);
        if (p < 1e-9)
        {
            // On the polar axis the latitude is ±90° and the height is measured from the pole.
            double pole = e.Z >= 0 ? 90.0 : -90.0;
            return new Geodetic(pole, 0.0, Math.Abs(e.Z) - B);
        }
        // Bowring (1976) start, then iterate the exact relation tan(lat) = (z + e² N sin lat) / p.
        // sin and cos of the parametric latitude straight from tan(beta) = z a / (p b): no atan2, sin, cos or pow.
        double zb = e.Z * A, pb = p * B, hb = Math.Sqrt(zb * zb + pb * pb);
        double sb = zb / hb, cb = pb / hb;
        double lat = Math.Atan2(e.Z + Ep2 * B * sb * sb * sb, p - E2 * A * cb * cb * cb);
        for (int i = 0; i < 4; i++)
        {
            double s = Math.Sin(lat);
            double n = A / Math.Sqrt(1 - E2 * s * s);
            double next = Math.Atan2(e.Z + E2 * n * s, p);
            if (Math.Abs(next - lat) < 1e-15) { lat = next; break; }
            lat = next;
        }
        double sinLat = Math.Sin(lat), cosLat = Math.Cos(lat);
        // Height from the component along the normal: well-conditioned at every latitude.
        double h = p * cosLat + e.Z * sinLat - A * Math.Sqrt(1 - E2 * sinLat * sinLat);
        return new Geodetic(lat * RadToDeg, lon * RadToDeg, h);
    }
}
