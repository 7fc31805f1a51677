namespace Oberig.Core.Geodesy;

/// <summary>
/// Angle helpers for the geodesic solver. They reduce degrees exactly before converting to radians so that
/// multiples of 90° give exact sines and cosines: that keeps poles, meridians and the equator on their special
/// cases instead of a rounding error away from them.
/// </summary>
internal static class AngleMath
{
    public const double DegToRad = Math.PI / 180.0;
    public const double RadToDeg = 180.0 / Math.PI;

    /// <summary>Reduces to (-180, 180]. IEEERemainder is exact, so no precision is lost for large inputs.</summary>
    public static double Normalize(double x)
    {
        double y = Math.IEEERemainder(x, 360.0);
        return y == -180.0 ? 180.0 : y;
    }

    /// <summary>Error-free sum (Knuth): returns fl(u+v) and the rounding error in <paramref name="err"/>.</summary>
    public static double TwoSum(double u, double v, out double err)
    {
        double s = u + v;
        double up = s - v, vpp = s - up;
        err = -((up - u) + (vpp - v));
        return s;
    }

    /// <summary>y - x reduced to [-180, 180], with the part lost to rounding in <paramref name="err"/>.</summary>
    public static double Difference(double x, double y, out double err)
    {
        double d = TwoSum(Math.IEEERemainder(-x, 360.0), Math.IEEERemainder(y, 360.0), out double t);
        d = TwoSum(Math.IEEERemainder(d, 360.0), t, out err);
        // Keep the sign of an exactly antipodal difference consistent with its rounding error.
        if (d == 0 || Math.Abs(d) == 180.0) d = Math.CopySign(d, err == 0 ? y - x : -err);
        return d;
    }

    /// <summary>
    /// Snaps angles closer to zero than about 1e-19° onto a coarser grid, so that the solver never meets
    /// denormal-sized latitudes or longitude differences whose sines underflow.
    /// </summary>
    public static double Round(double x)
    {
        const double z = 1.0 / 16.0;
        double y = Math.Abs(x);
        y = y < z ? z - (z - y) : y;
        return Math.CopySign(y, x);
    }

    /// <summary>Sine and cosine of an angle in degrees; exact at multiples of 90°.</summary>
    public static (double Sin, double Cos) SinCosDeg(double x)
    {
        double r = Math.IEEERemainder(x, 360.0);
        int q = (int)Math.Round(r / 90.0);
        r = (r - 90.0 * q) * DegToRad;
        double s = Math.Sin(r), c = Math.Cos(r);
        (double sin, double cos) = (q & 3) switch
        {
            0 => (s, c),
            1 => (c, -s),
            2 => (-s, -c),
            _ => (-c, s),
        };
        // Avoid returning -0 for the cosine, which would flip atan2 results by 360°.
        return (sin, cos + 0.0);
    }

    /// <summary>atan2 in degrees, in (-180, 180].</summary>
    public static double Atan2Deg(double y, double x)
    {
        // Fold into the first octant before calling atan2 so axis directions come out exactly 0, ±90, 180.
        int q = 0;
        if (Math.Abs(y) > Math.Abs(x)) { (x, y) = (y, x); q = 2; }
        if (x < 0 || (x == 0 && double.IsNegative(x))) { x = -x; q++; }
        double ang = Math.Atan2(y, x) * RadToDeg;
        return q switch
        {
            1 => Math.CopySign(180.0, y) - ang,
            2 => 90.0 - ang,
            3 => -90.0 + ang,
            _ => ang,
        };
    }

    /// <summary>Scales (s, c) to unit length; a zero vector is returned unchanged.</summary>
    public static void Normalize(ref double s, ref double c)
    {
        double h = Math.Sqrt(s * s + c * c);
        s /= h;
        c /= h;
    }
}
