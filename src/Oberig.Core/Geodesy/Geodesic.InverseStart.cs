namespace Oberig.Core.Geodesy;

public static partial class Geodesic
{
    /// <summary>
    /// First guess of alpha1 for the inverse Newton iteration (Karney 2013, section 5): a great circle on a sphere of
    /// the mean radius for most points, and the astroid solution (eqs. 55-57) for nearly antipodal points, where the
    /// spherical guess would land beyond the conjugate point and Newton would diverge. For short lines the
    /// spherical solution is already exact to round-off and is returned directly with sigma12 &gt;= 0; otherwise
    /// sigma12 is -1.
    /// </summary>
    private static double InverseStart(double sbet1, double cbet1, double sbet2, double cbet2,
        double lam12, double slam12, double clam12,
        out double salp1, out double calp1, out double salp2, out double calp2, out double dnm)
    {
        double sig12 = -1;
        salp2 = calp2 = dnm = double.NaN;
        double sbet12 = sbet2 * cbet1 - cbet2 * sbet1;   // sin(beta2 - beta1)
        double cbet12 = cbet2 * cbet1 + sbet2 * sbet1;   // cos(beta2 - beta1)
        double sbet12a = sbet2 * cbet1 + cbet2 * sbet1;  // sin(beta2 + beta1)

        bool shortLine = cbet12 >= 0 && sbet12 < 0.5 && cbet2 * lam12 < 0.5;
        double somg12, comg12;
        if (shortLine)
        {
            // Scale the longitude by the radius of curvature at the mid latitude: a local sphere.
            double sbetm2 = (sbet1 + sbet2) * (sbet1 + sbet2);
            sbetm2 /= sbetm2 + (cbet1 + cbet2) * (cbet1 + cbet2);
            dnm = Math.Sqrt(1 + Ep2 * sbetm2);
            double omg12 = lam12 / (F1 * dnm);
            somg12 = Math.Sin(omg12);
            comg12 = Math.Cos(omg12);
        }
        else
        {
            somg12 = slam12;
            comg12 = clam12;
        }

        // Great-circle azimuth, with the half-angle forms that stay accurate for short and for long lines.
        salp1 = cbet2 * somg12;
        calp1 = comg12 >= 0
            ? sbet12 + cbet2 * sbet1 * somg12 * somg12 / (1 + comg12)
            : sbet12a - cbet2 * sbet1 * somg12 * somg12 / (1 - comg12);
        double ssig12 = Math.Sqrt(salp1 * salp1 + calp1 * calp1);
        double csig12 = sbet1 * sbet2 + cbet1 * cbet2 * comg12;

        double etol2 = 0.1 * Tol2 / Math.Sqrt(Math.Max(0.001, Math.Abs(F)) * Math.Min(1.0, 1 - F / 2) / 2);
        if (shortLine && ssig12 < etol2)
        {
            salp2 = cbet1 * somg12;
            calp2 = sbet12 - cbet1 * sbet2 * (comg12 >= 0 ? somg12 * somg12 / (1 + comg12) : 1 - comg12);
            AngleMath.Normalize(ref salp2, ref calp2);
            sig12 = Math.Atan2(ssig12, csig12);
        }
        else if (Math.Abs(N) > 0.1 || csig12 >= 0 || ssig12 >= 6 * Math.Abs(N) * Math.PI * cbet1 * cbet1)
        {
            // Not nearly antipodal: the spherical guess is good enough for Newton.
        }
        else
        {
            // Nearly antipodal. Scale the problem around the antipode of point 1 (x along the longitude, y along the
            // latitude) in units of the size of the region where geodesics from point 1 focus.
            double lam12x = Math.Atan2(-slam12, -clam12); // lambda12 - pi, in (-pi, 0]
            double eps1 = Epsilon(sbet1 * sbet1 * Ep2);
            double lamScale = F * cbet1 * GeodesicSeries.A3(eps1, N) * Math.PI;
            double betScale = lamScale * cbet1;
            double x = lam12x / lamScale;
            double y = sbet12a / betScale;
            if (y > -Tol1 && x > -1 - XThresh)
            {
                // On or next to the cut through the antipode: the geodesic is close to a meridian.
                salp1 = Math.Min(1.0, -x);
                calp1 = -Math.Sqrt(1 - salp1 * salp1);
            }
            else
            {
                double k = Astroid.Solve(x, y);
                double omg12a = lamScale * (-x * k / (1 + k));
                somg12 = Math.Sin(omg12a);
                comg12 = -Math.Cos(omg12a);
                salp1 = cbet2 * somg12;
                calp1 = sbet12a - cbet2 * sbet1 * somg12 * somg12 / (1 - comg12);
            }
        }
        if (!(salp1 <= 0))
            AngleMath.Normalize(ref salp1, ref calp1);
        else
        {
            salp1 = 1;
            calp1 = 0;
        }
        return sig12;
    }
}
