namespace Oberig.Tracking.Classification;

/// <summary>
/// The class-conditional density of one scalar kinematic feature: uniform on the band [<see cref="Low"/>,
/// <see cref="High"/>] (the values typical of the class, none preferred), with Gaussian edges of standard deviation
/// <see cref="Edge"/> (how far outside the band the class still plausibly strays: wind on ground speed, a climb, a
/// heavier variant). Formally the uniform convolved with N(0, Edge²); Low = High gives a plain Gaussian.
/// </summary>
/// <remarks>
/// Why a band and not a Gaussian: the catalog and open reporting give ranges ("30-70 m/s"), and a Gaussian centred in
/// the range would treat 69 m/s as weaker evidence for a drone than 50 m/s, which nothing supports. Inside the band
/// the density is flat, so the evidence a feature gives is only about which bands it falls in, and narrow bands score
/// higher where they fit (the Occam factor 1/(High − Low)).
/// </remarks>
/// <param name="Low">Lower end of the typical range, in the feature's unit.</param>
/// <param name="High">Upper end, ≥ <paramref name="Low"/>.</param>
/// <param name="Edge">Standard deviation of the soft edges, &gt; 0.</param>
public readonly record struct FeatureBand(double Low, double High, double Edge)
{
    /// <summary>
    /// Log of the density of an estimate <paramref name="value"/> whose own error is Gaussian with variance
    /// <paramref name="estimateVariance"/>: the band convolved with N(0, Edge² + estimateVariance), exactly.
    /// Finite for every finite input (−∞ is never returned; far tails stay accurate in log space).
    /// </summary>
    public double LogDensity(double value, double estimateVariance)
    {
        double sigma = Math.Sqrt(Edge * Edge + Math.Max(0.0, estimateVariance));
        double width = High - Low;
        double u = width / sigma;                           // band width in standard deviations
        double m = (value - 0.5 * (Low + High)) / sigma;    // distance from the band's centre, same unit
        m = Math.Clamp(m, -KinematicMath.MaxStandardScore, KinematicMath.MaxStandardScore);
        if (u * (Math.Abs(m) + 1) < 0.1)
        {
            // Narrow band (or a Gaussian, u = 0): (Φ(m+u/2) − Φ(m−u/2)) / (uσ) = φ(m)/σ · (1 + u²(m²−1)/24 + O(u⁴m⁴)),
            // accurate to ~1e-7 here, and free of the cancellation the difference of two CDFs suffers.
            return KinematicMath.LogStandardNormalDensity(m) - Math.Log(sigma) + Math.Log(1 + u * u * (m * m - 1) / 24);
        }
        return KinematicMath.LogNormalInterval(m - 0.5 * u, m + 0.5 * u) - Math.Log(width);
    }

    /// <summary>The problems of this band as option text (empty when valid).</summary>
    internal IEnumerable<string> Problems(string name)
    {
        if (!double.IsFinite(Low) || !double.IsFinite(High)) yield return $"{name}: low and high must be finite";
        else if (!(High >= Low)) yield return $"{name}: high ({High}) must be >= low ({Low})";
        if (!(Edge > 0) || !double.IsFinite(Edge)) yield return $"{name}: edge must be finite and > 0, got {Edge}";
    }

    public override string ToString() => $"[{Low}, {High}] ± {Edge}";
}

/// <summary>Normal-distribution pieces in log space, accurate far into the tails (no special-function dependency).</summary>
internal static class KinematicMath
{
    /// <summary>Standard scores are clamped here so that squares stay finite: a feature 1e100 σ away is as impossible as one 1e300 σ away.</summary>
    public const double MaxStandardScore = 1e100;

    private static readonly double LogSqrtTwoPi = 0.5 * Math.Log(2 * Math.PI);

    public static double LogStandardNormalDensity(double z) => -0.5 * z * z - LogSqrtTwoPi;

    /// <summary>
    /// log Q(z) = log P(N(0,1) &gt; z) for z ≥ 0, from the Chebyshev-fitted erfc of Numerical Recipes (2nd ed., §6.2,
    /// erfcc: relative error &lt; 1.2e-7 for every argument), which has the form t·exp(−x² + poly(t)) and so gives the
    /// logarithm directly, without underflow, however far the tail.
    /// </summary>
    public static double LogUpperTail(double z)
    {
        double x = z * 0.70710678118654752440;   // z/√2: Q(z) = erfc(z/√2)/2
        double t = 1.0 / (1.0 + 0.5 * x);
        double poly = -1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806
            + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
        return Math.Log(0.5 * t) - x * x + poly;
    }

    /// <summary>log(Φ(b) − Φ(a)) for a &lt; b, in the tail formulation where the interval lies on one side of zero.</summary>
    public static double LogNormalInterval(double a, double b)
    {
        if (a >= 0)
        {
            double la = LogUpperTail(a);
            return la + Math.Log(-double.ExpM1(Math.Min(0.0, LogUpperTail(b) - la)) + 1e-300);
        }
        if (b <= 0)
        {
            double lb = LogUpperTail(-b);
            return lb + Math.Log(-double.ExpM1(Math.Min(0.0, LogUpperTail(-a) - lb)) + 1e-300);
        }
        double outside = Math.Exp(LogUpperTail(b)) + Math.Exp(LogUpperTail(-a));
        return Math.Log(Math.Max(1.0 - outside, 1e-300));
    }

    /// <summary>log(exp(a) + exp(b)) without overflow.</summary>
    public static double LogAddExp(double a, double b)
    {
        double max = Math.Max(a, b);
        return max + Math.Log(Math.Exp(a - max) + Math.Exp(b - max));
    }
}
