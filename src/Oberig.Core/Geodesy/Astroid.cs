namespace Oberig.Core.Geodesy;

/// <summary>
/// The largest real root of k⁴ + 2k³ - (x² + y² - 1)k² - 2y²k - y² = 0 (Karney 2013, eq. 55), which places the
/// first guess for nearly antipodal inverse problems on the astroid that bounds the envelope of geodesics.
/// Solved in closed form through the resolvent cubic (eqs. 56-57), written so that no step cancels.
/// </summary>
internal static class Astroid
{
    public static double Solve(double x, double y)
    {
        double p = x * x, q = y * y, r = (p + q - 1) / 6;
        if (q == 0 && r <= 0) return 0; // on the cut inside the astroid the root is zero

        double s = p * q / 4, r2 = r * r, r3 = r * r2;
        double disc = s * (s + 2 * r3);
        double u = r;
        if (disc >= 0)
        {
            // One real root of the cubic: Cardano, choosing the sign of the root that avoids cancellation.
            double t3 = s + r3;
            t3 += t3 < 0 ? -Math.Sqrt(disc) : Math.Sqrt(disc);
            double t = Math.Cbrt(t3);
            u += t + (t != 0 ? r2 / t : 0);
        }
        else
        {
            // Three real roots: the trigonometric form picks the one we need.
            double ang = Math.Atan2(Math.Sqrt(-disc), -(s + r3));
            u += 2 * r * Math.Cos(ang / 3);
        }
        double v = Math.Sqrt(u * u + q);
        double uv = u < 0 ? q / (v - u) : u + v; // u + v, computed without cancellation when u < 0
        double w = (uv - q) / (2 * v);
        return uv / (Math.Sqrt(uv + w * w) + w);
    }
}
