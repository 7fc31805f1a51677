namespace Oberig.Core.Geodesy;

/// <summary>
/// Normal gravity of the WGS84 ellipsoid (NIMA TR8350.2, 3rd ed., 2000, chapter 4): Somigliana's closed formula on
/// the ellipsoid (eq. 4-1) and the second-order free-air expansion above it (eq. 4-3). Gravity here includes the
/// centrifugal part of Earth's rotation, as a plumb line does; values in m/s².
/// </summary>
public static class NormalGravity
{
    /// <summary>Normal gravity at the equator, m/s² (TR8350.2 table 3.4).</summary>
    public const double Equator = 9.7803253359;
    /// <summary>Normal gravity at the poles, m/s² (TR8350.2 table 3.4).</summary>
    public const double Pole = 9.8321849378;
    /// <summary>Earth's gravitational constant including the atmosphere, m³/s² (TR8350.2 table 3.1).</summary>
    public const double GM = 3.986004418e14;

    /// <summary>Somigliana's constant k = b γp / (a γe) - 1.</summary>
    private const double K = Wgs84.B * Pole / (Wgs84.A * Equator) - 1;
    /// <summary>m = ω² a² b / GM, the ratio of centrifugal to gravitational acceleration at the equator.</summary>
    private const double M = Wgs84.OmegaRadPerS * Wgs84.OmegaRadPerS * Wgs84.A * Wgs84.A * Wgs84.B / GM;

    /// <summary>Normal gravity on the ellipsoid surface at geodetic latitude <paramref name="latitudeDeg"/>.</summary>
    public static double OnEllipsoid(double latitudeDeg)
    {
        double s = Math.Sin(latitudeDeg * Math.PI / 180.0);
        double s2 = s * s;
        return Equator * (1 + K * s2) / Math.Sqrt(1 - Wgs84.E2 * s2);
    }

    /// <summary>
    /// Normal gravity at height <paramref name="heightM"/> above the ellipsoid, by the Taylor series to second
    /// order in height (TR8350.2 eq. 4-3); good for the heights of aircraft and missiles in the atmosphere (the
    /// report states it for heights small against the semi-major axis).
    /// </summary>
    public static double At(double latitudeDeg, double heightM)
    {
        double s = Math.Sin(latitudeDeg * Math.PI / 180.0);
        double gamma = OnEllipsoid(latitudeDeg);
        double a = Wgs84.A;
        return gamma * (1 - 2 / a * (1 + Wgs84.F + M - 2 * Wgs84.F * s * s) * heightM + 3 / (a * a) * heightM * heightM);
    }

    /// <summary>Normal gravity at a position (its latitude and ellipsoidal height).</summary>
    public static double At(Geodetic position) => At(position.LatitudeDeg, position.HeightM);
}
