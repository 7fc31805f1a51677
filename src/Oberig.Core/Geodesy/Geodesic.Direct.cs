namespace Oberig.Core.Geodesy;

public static partial class Geodesic
{
    /// <summary>
    /// Direct problem (Karney 2013, section 4): find the great circle on the auxiliary sphere through point 1,
    /// convert the distance into arc length sigma with the reverted series (21), then map sigma back to latitude,
    /// longitude (eq. 8 with the I3 correction) and azimuth.
    /// </summary>
    private static GeodesicDirect SolveDirect(double lat1, double lon1, double azi1, double s12)
    {
        Span<double> c = stackalloc double[GeodesicSeries.Order + 1];
        var (salp1, calp1) = AngleMath.SinCosDeg(AngleMath.Round(azi1));
        var (sbet1, cbet1) = ReducedLatitude(AngleMath.Round(lat1));

        // Clairaut's constant: the azimuth where the geodesic crosses the equator northwards.
        double salp0 = salp1 * cbet1;
        double calp0 = Math.Sqrt(calp1 * calp1 + (salp1 * sbet1) * (salp1 * sbet1));

        // sigma1 and omega1: arc length and longitude on the sphere from that equator crossing to point 1.
        // Starting on the equator heading due east or west, sigma1 = 0: say so, as (0, 0) has no direction.
        double ssig1 = sbet1, csig1 = sbet1 != 0 || calp1 != 0 ? cbet1 * calp1 : 1;
        double somg1 = salp0 * sbet1, comg1 = csig1;
        AngleMath.Normalize(ref ssig1, ref csig1);

        double eps = Epsilon(Ep2 * calp0 * calp0);
        double a1 = GeodesicSeries.A1m1(eps) + 1;
        GeodesicSeries.C1(eps, c);
        double tau1 = Math.Atan2(ssig1, csig1) + GeodesicSeries.SinSeries(ssig1, csig1, c);
        double tau2 = tau1 + s12 / (B * a1);
        GeodesicSeries.C1Reverted(eps, c);
        double sig2 = tau2 + GeodesicSeries.SinSeries(Math.Sin(tau2), Math.Cos(tau2), c);
        double ssig2 = Math.Sin(sig2), csig2 = Math.Cos(sig2);
        double sig12 = sig2 - Math.Atan2(ssig1, csig1);

        double sbet2 = calp0 * ssig2;
        double cbet2 = Math.Sqrt(salp0 * salp0 + (calp0 * csig2) * (calp0 * csig2));
        if (cbet2 == 0) cbet2 = csig2 = Tiny; // a meridian through the pole: keep a direction
        double salp2 = salp0, calp2 = calp0 * csig2;
        double somg2 = salp0 * ssig2, comg2 = csig2;

        // omega12 unrolled over whole turns: with E the direction of travel, E*omega advances with sigma, so the
        // difference (E*omega - sigma) stays small and is taken from principal values without losing laps.
        double e = Math.CopySign(1.0, salp0);
        double omg12 = e * (sig12
            - (Math.Atan2(ssig2, csig2) - Math.Atan2(ssig1, csig1))
            + (Math.Atan2(e * somg2, comg2) - Math.Atan2(e * somg1, comg1)));

        GeodesicSeries.C3(eps, N, c);
        double i3 = sig12 + (GeodesicSeries.SinSeries(ssig2, csig2, c) - GeodesicSeries.SinSeries(ssig1, csig1, c));
        double lam12 = omg12 - F * GeodesicSeries.A3(eps, N) * salp0 * i3;

        double lon12 = lam12 * AngleMath.RadToDeg;
        double lon2 = AngleMath.Normalize(AngleMath.Normalize(lon1) + AngleMath.Normalize(lon12));
        double lat2 = AngleMath.Atan2Deg(sbet2, F1 * cbet2);
        double azi2 = AngleMath.Atan2Deg(salp2, calp2);
        return new GeodesicDirect(lat2, lon2, azi2);
    }
}
