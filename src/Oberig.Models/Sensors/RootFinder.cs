namespace Oberig.Models.Sensors;

/// <summary>A scalar function for <see cref="RootFinder"/>; a struct implementing it costs no allocation.</summary>
internal interface IScalarFunction
{
    double Evaluate(double x);
}

/// <summary>
/// Root of a continuous function on a bracket [lo, hi] where it changes sign: the Illinois variant of regula falsi
/// (superlinear), with a bisection whenever a step fails to halve the bracket or leaves it, so it never does worse
/// than bisection. Infinite values at the ends are allowed (the step then bisects).
/// </summary>
internal static class RootFinder
{
    public static double Find<TF>(ref TF f, double lo, double hi, double tolerance) where TF : struct, IScalarFunction
    {
        double flo = f.Evaluate(lo), fhi = f.Evaluate(hi);
        if (flo == 0) return lo;
        if (fhi == 0) return hi;
        if (Math.Sign(flo) == Math.Sign(fhi) || double.IsNaN(flo) || double.IsNaN(fhi))
            throw new ArgumentException($"no sign change on [{lo}, {hi}] (f = {flo}, {fhi})");
        int side = 0;
        for (int i = 0; i < 300 && hi - lo > tolerance; i++)
        {
            double width = hi - lo;
            double x = (lo * fhi - hi * flo) / (fhi - flo);
            if (!(x > lo && x < hi)) x = 0.5 * (lo + hi);
            double fx = f.Evaluate(x);
            if (fx == 0) return x;
            if (Math.Sign(fx) == Math.Sign(fhi))
            {
                hi = x; fhi = fx;
                if (side == -1) flo *= 0.5;
                side = -1;
            }
            else
            {
                lo = x; flo = fx;
                if (side == 1) fhi *= 0.5;
                side = 1;
            }
            if (hi - lo > 0.5 * width && hi - lo > tolerance)
            {
                double m = 0.5 * (lo + hi), fm = f.Evaluate(m);
                if (fm == 0) return m;
                if (Math.Sign(fm) == Math.Sign(fhi)) { hi = m; fhi = fm; } else { lo = m; flo = fm; }
                side = 0;
            }
        }
        return 0.5 * (lo + hi);
    }
}
