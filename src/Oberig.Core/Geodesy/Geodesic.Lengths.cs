namespace Oberig.Core.Geodesy;

public static partial class Geodesic
{
    /// <summary>
    /// Distance s12 / b and reduced length m12 / b along the arc sigma1..sigma2 (Karney 2013, eqs. 7, 38-40).
    /// dn = sqrt(1 + e'² sin²(beta)) at each end; m12 is the derivative the Newton step of the inverse needs.
    /// </summary>
    private static (double S12b, double M12b) Lengths(double eps, double sig12,
        double ssig1, double csig1, double dn1, double ssig2, double csig2, double dn2)
    {
        Span<double> c1 = stackalloc double[GeodesicSeries.Order + 1];
        Span<double> c2 = stackalloc double[GeodesicSeries.Order + 1];
        GeodesicSeries.C1(eps, c1);
        GeodesicSeries.C2(eps, c2);
        double a1m1 = GeodesicSeries.A1m1(eps), a2m1 = GeodesicSeries.A2m1(eps);
        double b1 = GeodesicSeries.SinSeries(ssig2, csig2, c1) - GeodesicSeries.SinSeries(ssig1, csig1, c1);
        double b2 = GeodesicSeries.SinSeries(ssig2, csig2, c2) - GeodesicSeries.SinSeries(ssig1, csig1, c2);
        double s12b = (1 + a1m1) * (sig12 + b1);
        // J12 = I1 - I2; the difference of A1 and A2 is formed from their "minus one" forms to keep its digits.
        double j12 = (a1m1 - a2m1) * sig12 + ((1 + a1m1) * b1 - (1 + a2m1) * b2);
        double m12b = dn2 * (csig1 * ssig2) - dn1 * (ssig1 * csig2) - csig1 * csig2 * j12;
        return (s12b, m12b);
    }
}
