namespace Oberig.Core.Geodesy;

public static partial class Geodesic
{
    /// <summary>What one evaluation of the longitude function at a trial azimuth alpha1 yields.</summary>
    private ref struct LambdaResult
    {
        public double Value;      // lambda12(alpha1) minus the wanted lambda12, radians
        public double Derivative; // d lambda12 / d alpha1 (only when asked)
        public double Salp2, Calp2, Sig12, Ssig1, Csig1, Ssig2, Csig2, Eps;
    }

    /// <summary>
    /// Longitude difference reached at latitude beta2 by the geodesic leaving point 1 at azimuth alpha1
    /// (Karney 2013, section 5 and eq. 38 for the derivative), relative to the target (slam120, clam120).
    /// </summary>
    private static LambdaResult Lambda12(double sbet1, double cbet1, double dn1, double sbet2, double cbet2,
        double dn2, double salp1, double calp1, double slam120, double clam120, bool wantDerivative)
    {
        // An equatorial start heading due north or south is the meridian case; nudge it off to avoid 0/0.
        if (sbet1 == 0 && calp1 == 0) calp1 = -Tiny;

        double salp0 = salp1 * cbet1;
        double calp0 = Math.Sqrt(calp1 * calp1 + (salp1 * sbet1) * (salp1 * sbet1));

        double ssig1 = sbet1, somg1 = salp0 * sbet1;
        double csig1 = calp1 * cbet1, comg1 = csig1;
        AngleMath.Normalize(ref ssig1, ref csig1);

        // Clairaut gives alpha2; its cosine is taken from a difference of squares written to avoid cancellation.
        double salp2 = cbet2 != cbet1 ? salp0 / cbet2 : salp1;
        double calp2 = cbet2 != cbet1 || Math.Abs(sbet2) != -sbet1
            ? Math.Sqrt((calp1 * cbet1) * (calp1 * cbet1) + (cbet1 < -sbet1
                ? (cbet2 - cbet1) * (cbet1 + cbet2)
                : (sbet1 - sbet2) * (sbet1 + sbet2))) / cbet2
            : Math.Abs(calp1);

        double ssig2 = sbet2, somg2 = salp0 * sbet2;
        double csig2 = calp2 * cbet2, comg2 = csig2;
        AngleMath.Normalize(ref ssig2, ref csig2);

        double sig12 = Math.Atan2(Math.Max(0, csig1 * ssig2 - ssig1 * csig2), csig1 * csig2 + ssig1 * ssig2);
        double somg12 = Math.Max(0, comg1 * somg2 - somg1 * comg2);
        double comg12 = comg1 * comg2 + somg1 * somg2;
        // omega12 minus the target longitude, as one atan2 so it is exact near the target.
        double eta = Math.Atan2(somg12 * clam120 - comg12 * slam120, comg12 * clam120 + somg12 * slam120);

        double eps = Epsilon(Ep2 * calp0 * calp0);
        Span<double> c3 = stackalloc double[GeodesicSeries.Order + 1];
        GeodesicSeries.C3(eps, N, c3);
        double b312 = GeodesicSeries.SinSeries(ssig2, csig2, c3) - GeodesicSeries.SinSeries(ssig1, csig1, c3);
        double domg12 = -F * GeodesicSeries.A3(eps, N) * salp0 * (sig12 + b312);

        var r = new LambdaResult
        {
            Value = eta + domg12, Salp2 = salp2, Calp2 = calp2, Sig12 = sig12,
            Ssig1 = ssig1, Csig1 = csig1, Ssig2 = ssig2, Csig2 = csig2, Eps = eps,
        };
        if (wantDerivative)
        {
            if (calp2 == 0)
                r.Derivative = -2 * F1 * dn1 / sbet1; // point 2 at a vertex: the limit of eq. 38
            else
                r.Derivative = Lengths(eps, sig12, ssig1, csig1, dn1, ssig2, csig2, dn2).M12b * F1 / (calp2 * cbet2);
        }
        return r;
    }
}
