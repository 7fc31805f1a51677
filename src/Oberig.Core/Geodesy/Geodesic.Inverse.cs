namespace Oberig.Core.Geodesy;

public static partial class Geodesic
{
    private const int NewtonIterations = 20;
    private const int MaxIterations = NewtonIterations + 53 + 10; // then bisection down to the last bit

    /// <summary>
    /// Inverse problem (Karney 2013, section 5). The points are first put in a canonical order (point 1 the one
    /// further from the equator, in the south, lambda12 in [0, 180]) so only one case needs solving; meridians and
    /// the equator are solved directly; otherwise alpha1 is found by Newton's method on lambda12(alpha1) from
    /// <see cref="InverseStart"/>, falling back to bisection inside a maintained bracket.
    /// </summary>
    private static GeodesicInverse SolveInverse(double lat1, double lon1, double lat2, double lon2)
    {
        double lon12 = AngleMath.Difference(lon1, lon2, out double lon12Err);
        double lonSign = double.IsNegative(lon12) ? -1 : 1;
        lon12 = lonSign * AngleMath.Round(lon12);
        lon12Err *= lonSign;
        double lam12 = lon12 * AngleMath.DegToRad;
        var (slam12, clam12) = AngleMath.SinCosDeg(lon12);
        // Fold in the rounding error of the longitude difference: it matters for nearly antipodal points. Not for
        // small differences, where it is negligible and Round may have snapped lon12 to zero without it.
        double lamErr = lon12Err * AngleMath.DegToRad;
        if (lamErr != 0 && lon12 > 90)
        {
            lam12 += lamErr;
            (slam12, clam12) = (slam12 + clam12 * lamErr, clam12 - slam12 * lamErr);
        }

        lat1 = AngleMath.Round(lat1);
        lat2 = AngleMath.Round(lat2);
        double swap = Math.Abs(lat1) < Math.Abs(lat2) || double.IsNaN(lat2) ? -1 : 1;
        if (swap < 0)
        {
            lonSign = -lonSign;
            (lat1, lat2) = (lat2, lat1);
        }
        double latSign = double.IsNegative(lat1) ? 1 : -1;
        lat1 *= latSign;
        lat2 *= latSign;

        var (sbet1, cbet1) = ReducedLatitude(lat1);
        var (sbet2, cbet2) = ReducedLatitude(lat2);
        // With |beta1| >= |beta2|, make equal magnitudes bit-identical so the symmetric cases are detected.
        if (cbet1 < -sbet1)
        {
            if (cbet2 == cbet1) sbet2 = Math.CopySign(sbet1, sbet2);
        }
        else if (Math.Abs(sbet2) == -sbet1)
        {
            cbet2 = cbet1;
        }
        double dn1 = Math.Sqrt(1 + Ep2 * sbet1 * sbet1);
        double dn2 = Math.Sqrt(1 + Ep2 * sbet2 * sbet2);

        double s12 = double.NaN, salp1 = double.NaN, calp1 = double.NaN, salp2 = double.NaN, calp2 = double.NaN;
        bool solved = false;

        if (lat1 == -90 || slam12 == 0)
        {
            // Along a meridian (or from the pole): the azimuths are known, only the distance is needed. It is the
            // shortest path unless it runs past the conjugate point (m12 < 0), which only nearly antipodal ones do.
            calp1 = clam12; salp1 = slam12;
            calp2 = 1; salp2 = 0;
            double ssig1 = sbet1, csig1 = calp1 * cbet1;
            double ssig2 = sbet2, csig2 = calp2 * cbet2;
            double sig12 = Math.Atan2(Math.Max(0, csig1 * ssig2 - ssig1 * csig2), csig1 * csig2 + ssig1 * ssig2);
            var (s12b, m12b) = Lengths(N, sig12, ssig1, csig1, dn1, ssig2, csig2, dn2);
            if (sig12 < 1 || m12b >= 0)
            {
                s12 = sig12 < 3 * Tiny ? 0 : B * s12b;
                solved = true;
            }
        }

        if (!solved && sbet1 == 0 && 180 - lon12 >= F * 180)
        {
            // Along the equator, which is a geodesic up to (1 - f) * 180 degrees of longitude.
            calp1 = calp2 = 0; salp1 = salp2 = 1;
            s12 = A * lam12;
            solved = true;
        }

        if (!solved)
        {
            double sig12 = InverseStart(sbet1, cbet1, sbet2, cbet2, lam12, slam12, clam12,
                out salp1, out calp1, out double salp2s, out double calp2s, out double dnm);
            if (sig12 >= 0)
            {
                s12 = sig12 * B * dnm;
                salp2 = salp2s; calp2 = calp2s;
            }
            else
            {
                (s12, salp1, calp1, salp2, calp2) = SolveByNewton(sbet1, cbet1, dn1, sbet2, cbet2, dn2,
                    slam12, clam12, salp1, calp1);
            }
        }

        if (swap < 0)
        {
            (salp1, salp2) = (salp2, salp1);
            (calp1, calp2) = (calp2, calp1);
        }
        // Undo the canonical ordering: swapping the ends reverses both azimuths; mirror images flip one component.
        salp1 *= swap * lonSign; calp1 *= swap * latSign;
        salp2 *= swap * lonSign; calp2 *= swap * latSign;
        return new GeodesicInverse(s12, AngleMath.Atan2Deg(salp1, calp1), AngleMath.Atan2Deg(salp2, calp2));
    }

    private static (double S12, double Salp1, double Calp1, double Salp2, double Calp2) SolveByNewton(
        double sbet1, double cbet1, double dn1, double sbet2, double cbet2, double dn2,
        double slam12, double clam12, double salp1, double calp1)
    {
        // Bracket of alpha1 in (0, pi): lambda12 increases with alpha1 between these.
        double salp1a = Tiny, calp1a = 1, salp1b = Tiny, calp1b = -1;
        bool tripNewton = false, tripBisect = false;
        LambdaResult r = default;
        for (int it = 0; it < MaxIterations; it++)
        {
            r = Lambda12(sbet1, cbet1, dn1, sbet2, cbet2, dn2, salp1, calp1, slam12, clam12, it < NewtonIterations);
            double v = r.Value;
            // After a converged Newton step, accept a residual of a few ulps rather than chase round-off.
            if (tripBisect || !(Math.Abs(v) >= (tripNewton ? 8 : 1) * Tol0)) break;

            if (v > 0 && (it > NewtonIterations || calp1 / salp1 > calp1b / salp1b))
            { salp1b = salp1; calp1b = calp1; }
            else if (v < 0 && (it > NewtonIterations || calp1 / salp1 < calp1a / salp1a))
            { salp1a = salp1; calp1a = calp1; }

            if (it < NewtonIterations && r.Derivative > 0)
            {
                double dalp1 = -v / r.Derivative;
                if (Math.Abs(dalp1) < Math.PI)
                {
                    double sd = Math.Sin(dalp1), cd = Math.Cos(dalp1);
                    double nsalp1 = salp1 * cd + calp1 * sd;
                    if (nsalp1 > 0)
                    {
                        calp1 = calp1 * cd - salp1 * sd;
                        salp1 = nsalp1;
                        AngleMath.Normalize(ref salp1, ref calp1);
                        tripNewton = Math.Abs(v) <= 16 * Tol0;
                        continue;
                    }
                }
            }
            // Newton left the bracket or stalled: bisect (on the unit circle, then renormalise).
            salp1 = (salp1a + salp1b) / 2;
            calp1 = (calp1a + calp1b) / 2;
            AngleMath.Normalize(ref salp1, ref calp1);
            tripNewton = false;
            tripBisect = Math.Abs(salp1a - salp1) + (calp1a - calp1) < TolB
                || Math.Abs(salp1 - salp1b) + (calp1 - calp1b) < TolB;
        }
        var (s12b, _) = Lengths(r.Eps, r.Sig12, r.Ssig1, r.Csig1, dn1, r.Ssig2, r.Csig2, dn2);
        return (B * s12b, salp1, calp1, r.Salp2, r.Calp2);
    }
}
