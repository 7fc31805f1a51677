namespace Oberig.Core.Geodesy;

/// <summary>
/// Radar line of sight over a smooth Earth with standard atmospheric refraction folded into an effective Earth
/// radius k R (the "4/3 Earth" model: rays bend down with the air's refractivity gradient, which is equivalent to
/// straight rays over a larger Earth). No terrain: the ellipsoid is the ground, and heights below it count as on
/// it. k = 4/3 is the standard atmosphere; k = 1 is the geometric horizon.
/// </summary>
public static class RadarHorizon
{
    /// <summary>Standard-atmosphere effective Earth radius factor.</summary>
    public const double StandardK = 4.0 / 3.0;

    /// <summary>Mean Earth radius R1 = (2a + b) / 3 of WGS84, m (IUGG).</summary>
    public const double MeanRadiusM = 6371008.8;

    /// <summary>
    /// Gaussian mean radius of curvature sqrt(M N) at a latitude: the radius of the sphere that best fits the
    /// ellipsoid locally in every direction.
    /// </summary>
    public static double GaussianRadiusM(double latitudeDeg)
    {
        double s = Math.Sin(latitudeDeg * Math.PI / 180.0);
        return Wgs84.A * Math.Sqrt(1 - Wgs84.E2) / (1 - Wgs84.E2 * s * s);
    }

    /// <summary>
    /// Greatest ground range (m) at which a target at <paramref name="targetHeightM"/> is visible from an antenna at
    /// <paramref name="antennaHeightM"/>: sqrt(2 k R h1) + sqrt(2 k R h2) with R the mean Earth radius.
    /// For k = 4/3 this is the familiar 4.12 (sqrt(h1) + sqrt(h2)) km with heights in metres.
    /// </summary>
    public static double HorizonRangeM(double antennaHeightM, double targetHeightM, double k = StandardK) =>
        HorizonRange(antennaHeightM, targetHeightM, k * MeanRadiusM);

    /// <summary>As <see cref="HorizonRangeM"/> but with the local (Gaussian) Earth radius at a latitude.</summary>
    public static double HorizonRangeAtLatitudeM(double antennaHeightM, double targetHeightM, double latitudeDeg,
        double k = StandardK) =>
        HorizonRange(antennaHeightM, targetHeightM, k * GaussianRadiusM(latitudeDeg));

    private static double HorizonRange(double h1, double h2, double effectiveRadius)
    {
        if (!(effectiveRadius > 0)) throw new ArgumentOutOfRangeException(nameof(effectiveRadius), "k must be positive");
        return Math.Sqrt(2 * effectiveRadius * Math.Max(0, h1)) + Math.Sqrt(2 * effectiveRadius * Math.Max(0, h2));
    }

    /// <summary>
    /// Whether the straight line from radar to target clears an effective Earth of radius k R (R the Gaussian radius
    /// at the radar), with the two points separated by their geodesic ground distance and raised by their heights
    /// above the ellipsoid. Exact for the model at any range, unlike the horizon-range approximation.
    /// </summary>
    public static bool IsAboveHorizon(Geodetic radar, Geodetic target, double k = StandardK)
    {
        if (!(k > 0)) throw new ArgumentOutOfRangeException(nameof(k), k, "must be positive");
        double re = k * GaussianRadiusM(radar.LatitudeDeg);
        double ground = Geodesic.Inverse(radar, target).S12M;
        // Ground distance is what refraction leaves unchanged, so it fixes the angle subtended on the effective Earth.
        return ClearsEffectiveEarth(ground / re, re, radar.HeightM, target.HeightM);
    }

    /// <summary>
    /// Whether the straight line between two points at heights h1 and h2 above a sphere of radius
    /// <paramref name="effectiveRadiusM"/>, <paramref name="theta"/> radians apart at its centre, clears the sphere.
    /// Heights below the surface count as on it.
    /// </summary>
    public static bool ClearsEffectiveEarth(double theta, double effectiveRadiusM, double h1, double h2)
    {
        double re = effectiveRadiusM;
        if (theta >= Math.PI) return false; // the far side of the effective Earth
        double r1 = re + Math.Max(0, h1), r2 = re + Math.Max(0, h2);

        // In the plane of the two points and the centre: P1 = (0, r1), P2 = (r2 sin θ, r2 cos θ). The segment clears
        // the sphere if its closest approach to the centre is at least re.
        double dx = r2 * Math.Sin(theta), dy = r2 * Math.Cos(theta) - r1;
        double len2 = dx * dx + dy * dy;
        if (len2 == 0) return true;
        double t = -(r1 * dy) / len2;         // foot of the perpendicular from the centre: -(P1 . d) / |d|²
        if (t <= 0 || t >= 1) return true;    // closest approach at an end, and both ends are on or above ground
        double closest = r1 * r2 * Math.Sin(theta) / Math.Sqrt(len2);
        return closest >= re;
    }

    /// <summary>
    /// The lowest height at which a point <paramref name="theta"/> radians (at the centre) from an antenna at height
    /// <paramref name="antennaHeightM"/> clears the sphere of radius <paramref name="effectiveRadiusM"/>: 0 within
    /// the antenna's own horizon angle θa = acos(re / (re + h1)), else re / cos(θ − θa) − re (the point's horizon
    /// meets the antenna's), infinite from a quarter turn beyond it. Consistent with <see cref="ClearsEffectiveEarth"/>.
    /// </summary>
    public static double MinimumClearingHeight(double theta, double effectiveRadiusM, double antennaHeightM)
    {
        double re = effectiveRadiusM;
        double antennaHorizon = Math.Acos(re / (re + Math.Max(0, antennaHeightM)));
        double beyond = theta - antennaHorizon;
        if (beyond <= 0) return 0;
        if (beyond >= Math.PI / 2) return double.PositiveInfinity;
        return re / Math.Cos(beyond) - re;
    }
}
