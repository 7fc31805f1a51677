using MathNet.Numerics;

namespace Oberig.Models.Sensors;

/// <summary>
/// Regularized incomplete gamma functions of integer order as the detection formulas use them: P(n, x) is the
/// probability that a sum of n unit exponentials stays at or below x, Q = 1 - P the probability it exceeds x
/// (the sum of n square-law noise samples of unit power). Order 0 is the point mass at zero: P = 1, Q = 0.
/// </summary>
internal static class IncompleteGamma
{
    /// <summary>Q(n, x) = Γ(n, x) / Γ(n), accurate in relative terms in the upper tail.</summary>
    public static double Q(int n, double x) => n <= 0 ? 0 : x <= 0 ? 1 : SpecialFunctions.GammaUpperRegularized(n, x);

    /// <summary>P(n, x) = γ(n, x) / Γ(n).</summary>
    public static double P(int n, double x) => n <= 0 ? 1 : x <= 0 ? 0 : SpecialFunctions.GammaLowerRegularized(n, x);

    /// <summary>
    /// ln P(n, x), also where P underflows: for x well below n the series
    /// P = xⁿ e⁻ˣ / n! · (1 + x/(n+1) + x²/((n+1)(n+2)) + ...) is summed in logarithms.
    /// </summary>
    public static double LogP(int n, double x)
    {
        if (n <= 0) return 0;
        if (x <= 0) return double.NegativeInfinity;
        double p = P(n, x);
        if (p > 1e-280) return Math.Log(p);
        double sum = 1, term = 1;
        for (int k = 1; k < 1000 && term > 1e-17 * sum; k++)
        {
            term *= x / (n + k);
            sum += term;
        }
        return n * Math.Log(x) - x - SpecialFunctions.GammaLn(n + 1) + Math.Log(sum);
    }

    /// <summary>xⁿ e⁻ˣ / n!: the step Q(n + 1, x) - Q(n, x).</summary>
    public static double Step(int n, double x) =>
        x <= 0 ? (n == 0 ? 1 : 0) : Math.Exp(n * Math.Log(x) - x - SpecialFunctions.GammaLn(n + 1));

    /// <summary>
    /// The threshold T with Q(n, T) = <paramref name="pfa"/>: the false-alarm threshold of a square-law detector that
    /// sums n noise samples of unit power. Exact (T = -ln Pfa) for n = 1; otherwise Newton's method on ln Q, started
    /// from the Wilson-Hilferty approximation; ln Q is concave in T, so the iteration converges from either side.
    /// Relative accuracy about 1e-14.
    /// </summary>
    public static double InverseQ(int n, double pfa)
    {
        if (n == 1) return -Math.Log(pfa);
        double z = Math.Sqrt(2) * SpecialFunctions.ErfcInv(2 * pfa);
        double c = 1.0 / (9.0 * n);
        double t = n * Math.Pow(Math.Max(1 - c + z * Math.Sqrt(c), 0.1), 3);
        double logPfa = Math.Log(pfa), lnGammaN = SpecialFunctions.GammaLn(n);
        for (int i = 0; i < 100; i++)
        {
            double q = Q(n, t);
            double density = Math.Exp((n - 1) * Math.Log(t) - t - lnGammaN);
            double next = t + (Math.Log(q) - logPfa) * q / density;
            if (!(next > 0)) next = t / 2;
            if (Math.Abs(next - t) <= 1e-15 * t) return next;
            t = next;
        }
        return t;
    }
}
