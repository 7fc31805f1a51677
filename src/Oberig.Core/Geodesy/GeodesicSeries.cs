namespace Oberig.Core.Geodesy;

/// <summary>
/// The series of Karney (2013), "Algorithms for geodesics", eqs. (17), (18), (21), (24), (25), (42), (43), truncated
/// at order 6 in eps (and in n for the longitude integral), which is enough for round-off-limited accuracy at
/// WGS84's flattening. eps = (sqrt(1+k²) - 1) / (sqrt(1+k²) + 1) with k = e' cos(alpha0); n = f / (2 - f).
/// Coefficient arrays are 1-based: c[l] multiplies sin(2 l sigma).
/// </summary>
internal static class GeodesicSeries
{
    public const int Order = 6;

    /// <summary>A1 - 1, from A1 = (1 + eps²/4 + eps⁴/64 + eps⁶/256) / (1 - eps); computed minus one to keep digits.</summary>
    public static double A1m1(double eps)
    {
        double e2 = eps * eps;
        double t = e2 * (1.0 / 4 + e2 * (1.0 / 64 + e2 * (1.0 / 256)));
        return (t + eps) / (1 - eps);
    }

    /// <summary>Coefficients of I1, the distance integral (eq. 18).</summary>
    public static void C1(double eps, Span<double> c)
    {
        double e2 = eps * eps, d = eps;
        c[1] = d * (-1.0 / 2 + e2 * (3.0 / 16 + e2 * (-1.0 / 32))); d *= eps;
        c[2] = d * (-1.0 / 16 + e2 * (1.0 / 32 + e2 * (-9.0 / 2048))); d *= eps;
        c[3] = d * (-1.0 / 48 + e2 * (3.0 / 256)); d *= eps;
        c[4] = d * (-5.0 / 512 + e2 * (3.0 / 512)); d *= eps;
        c[5] = d * (-7.0 / 1280); d *= eps;
        c[6] = d * (-7.0 / 2048);
    }

    /// <summary>Coefficients of the reverted series giving sigma from tau = s / (b A1) (eq. 21).</summary>
    public static void C1Reverted(double eps, Span<double> c)
    {
        double e2 = eps * eps, d = eps;
        c[1] = d * (1.0 / 2 + e2 * (-9.0 / 32 + e2 * (205.0 / 1536))); d *= eps;
        c[2] = d * (5.0 / 16 + e2 * (-37.0 / 96 + e2 * (1335.0 / 4096))); d *= eps;
        c[3] = d * (29.0 / 96 + e2 * (-75.0 / 128)); d *= eps;
        c[4] = d * (539.0 / 1536 + e2 * (-2391.0 / 2560)); d *= eps;
        c[5] = d * (3467.0 / 7680); d *= eps;
        c[6] = d * (38081.0 / 61440);
    }

    /// <summary>A2 - 1, from A2 = (1 - 3eps²/4 - 7eps⁴/64 - 11eps⁶/256) / (1 + eps) (eq. 42 rearranged).</summary>
    public static double A2m1(double eps)
    {
        double e2 = eps * eps;
        double t = -e2 * (3.0 / 4 + e2 * (7.0 / 64 + e2 * (11.0 / 256)));
        return (t - eps) / (1 + eps);
    }

    /// <summary>Coefficients of I2, which with I1 gives the reduced length (eq. 43).</summary>
    public static void C2(double eps, Span<double> c)
    {
        double e2 = eps * eps, d = eps;
        c[1] = d * (1.0 / 2 + e2 * (1.0 / 16 + e2 * (1.0 / 32))); d *= eps;
        c[2] = d * (3.0 / 16 + e2 * (1.0 / 32 + e2 * (35.0 / 2048))); d *= eps;
        c[3] = d * (5.0 / 48 + e2 * (5.0 / 256)); d *= eps;
        c[4] = d * (35.0 / 512 + e2 * (7.0 / 512)); d *= eps;
        c[5] = d * (63.0 / 1280); d *= eps;
        c[6] = d * (77.0 / 2048);
    }

    /// <summary>A3 of the longitude integral I3 (eq. 24), a polynomial in eps with coefficients in n.</summary>
    public static double A3(double eps, double n)
    {
        double c1 = 1.0 / 2 - n / 2;
        double c2 = 1.0 / 4 + n * (1.0 / 8 - n * 3.0 / 8);
        double c3 = 1.0 / 16 + n * (3.0 / 16 + n / 16);
        double c4 = 3.0 / 64 + n / 32;
        double c5 = 3.0 / 128;
        return 1 - eps * (c1 + eps * (c2 + eps * (c3 + eps * (c4 + eps * c5))));
    }

    /// <summary>Coefficients of I3 (eq. 25); c[6] is zero at this order (the series in eps stops at eps⁵).</summary>
    public static void C3(double eps, double n, Span<double> c)
    {
        double e1 = eps, e2 = e1 * eps, e3 = e2 * eps, e4 = e3 * eps, e5 = e4 * eps;
        c[1] = e1 * (1.0 / 4 - n / 4) + e2 * (1.0 / 8 - n * n / 8) + e3 * (3.0 / 64 + n * (3.0 / 64 - n / 64))
             + e4 * (5.0 / 128 + n / 64) + e5 * (3.0 / 128);
        c[2] = e2 * (1.0 / 16 + n * (-3.0 / 32 + n / 32)) + e3 * (3.0 / 64 + n * (-1.0 / 32 - n * 3.0 / 64))
             + e4 * (3.0 / 128 + n / 128) + e5 * (5.0 / 256);
        c[3] = e3 * (5.0 / 192 + n * (-3.0 / 64 + n * 5.0 / 192)) + e4 * (3.0 / 128 - n * 5.0 / 192) + e5 * (7.0 / 512);
        c[4] = e4 * (7.0 / 512 - n * 7.0 / 256) + e5 * (7.0 / 512);
        c[5] = e5 * (21.0 / 2560);
        c[6] = 0;
    }

    /// <summary>
    /// Sum of c[l] sin(2 l x) for l = 1..6 by Clenshaw's recurrence on sin(2(l+1)x) = 2cos(2x) sin(2lx) - sin(2(l-1)x):
    /// one sine and cosine instead of six.
    /// </summary>
    public static double SinSeries(double sinx, double cosx, ReadOnlySpan<double> c)
    {
        double twoCos2x = 2 * (cosx - sinx) * (cosx + sinx);
        double b1 = 0, b2 = 0;
        for (int l = Order; l >= 1; l--)
        {
            double b0 = c[l] + twoCos2x * b1 - b2;
            b2 = b1;
            b1 = b0;
        }
        return 2 * sinx * cosx * b1;
    }
}
