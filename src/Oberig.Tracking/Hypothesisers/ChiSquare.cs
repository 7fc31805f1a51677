namespace Oberig.Tracking.Hypothesisers;

/// <summary>The chi-square distribution's CDF and quantile, for gate thresholds (degrees of freedom 1..9 in practice).</summary>
public static class ChiSquare
{
    /// <summary>P(X ≤ x) for X chi-square with <paramref name="degrees"/> degrees of freedom: the regularised lower incomplete gamma P(k/2, x/2).</summary>
    public static double Cdf(double x, int degrees)
    {
        if (degrees < 1) throw new ArgumentOutOfRangeException(nameof(degrees), degrees, "must be at least 1");
        return x <= 0 ? 0 : RegularizedGammaP(degrees / 2.0, x / 2.0);
    }

    /// <summary>The x with P(X ≤ x) = <paramref name="probability"/> (0 &lt; p &lt; 1), by bisection to full precision.</summary>
    public static double Quantile(double probability, int degrees)
    {
        if (!(probability > 0 && probability < 1)) throw new ArgumentOutOfRangeException(nameof(probability), probability, "must be in (0, 1)");
        if (degrees < 1) throw new ArgumentOutOfRangeException(nameof(degrees), degrees, "must be at least 1");
        if (degrees == 2) return -2 * Math.Log(1 - probability); // closed form, exponential with mean 2
        double lo = 0, hi = degrees + 10;
        while (Cdf(hi, degrees) < probability) hi *= 2;
        for (int i = 0; i < 200 && hi - lo > 1e-14 * hi; i++)
        {
            double mid = 0.5 * (lo + hi);
            if (Cdf(mid, degrees) < probability) lo = mid; else hi = mid;
        }
        return 0.5 * (lo + hi);
    }

    // Series below a + 1, Lentz's continued fraction for the upper tail above (Numerical Recipes' split, own code).
    private static double RegularizedGammaP(double a, double x)
    {
        double logPrefix = a * Math.Log(x) - x - LogGamma(a);
        if (x < a + 1)
        {
            double term = 1 / a, sum = term;
            for (int n = 1; n < 1000; n++)
            {
                term *= x / (a + n);
                sum += term;
                if (Math.Abs(term) < Math.Abs(sum) * 1e-17) break;
            }
            return Math.Exp(logPrefix) * sum;
        }
        const double tiny = 1e-300;
        double b = x + 1 - a, c = 1 / tiny, d = 1 / b, h = d;
        for (int i = 1; i < 1000; i++)
        {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b; if (Math.Abs(d) < tiny) d = tiny;
            c = b + an / c; if (Math.Abs(c) < tiny) c = tiny;
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) < 1e-17) break;
        }
        return 1 - Math.Exp(logPrefix) * h;
    }

    // Lanczos approximation (g = 7, n = 9), accurate to about 1e-15 for a > 0.
    private static readonly double[] Lanczos =
    [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
        12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
    ];

    private static double LogGamma(double a)
    {
        if (a < 0.5) return Math.Log(Math.PI / Math.Sin(Math.PI * a)) - LogGamma(1 - a);
        a -= 1;
        double x = Lanczos[0];
        for (int i = 1; i < 9; i++) x += Lanczos[i] / (a + i);
        double t = a + 7.5;
        return 0.5 * Math.Log(2 * Math.PI) + (a + 0.5) * Math.Log(t) - t + Math.Log(x);
    }
}
