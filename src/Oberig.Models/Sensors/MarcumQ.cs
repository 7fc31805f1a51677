using MathNet.Numerics;

namespace Oberig.Models.Sensors;

/// <summary>
/// Marcum's Q function, the detection probability of a steady target in Gaussian noise. The generalized
/// Q_M(a, b) = P(X > b²/2) for X the sum of M square-law samples of unit noise power with total signal energy a²/2,
/// i.e. a noncentral gamma variable; Q_1 is Marcum's original function (Marcum 1960).
/// </summary>
/// <remarks>
/// Computed as the Poisson mixture Q_M(a, b) = Σₖ e⁻ˡ λᵏ/k! · Q(M + k, b²/2), λ = a²/2, with Q the regularized upper
/// incomplete gamma function, every term positive (no cancellation). The sum runs over λ ± (10√λ + 10), outside which
/// the Poisson weights add up to less than 1e-20, and the Q values are stepped upwards by
/// Q(n + 1, x) = Q(n, x) + xⁿe⁻ˣ/n!. Absolute accuracy about 1e-14; cost about 20√λ + 20 terms.
/// </remarks>
public static class MarcumQ
{
    /// <summary>Generalized Marcum Q_M(a, b), M ≥ 1, a, b ≥ 0.</summary>
    public static double Q(int m, double a, double b)
    {
        if (m < 1) throw new ArgumentOutOfRangeException(nameof(m), m, "must be at least 1");
        return NoncentralGammaSurvival(m, 0.5 * a * a, 0.5 * b * b);
    }

    /// <summary>
    /// P(X > t) for X the sum of <paramref name="n"/> square-law samples (unit noise power each) whose signal powers
    /// add up to <paramref name="lambda"/>.
    /// </summary>
    internal static double NoncentralGammaSurvival(int n, double lambda, double t)
    {
        if (t <= 0) return 1;
        if (lambda <= 0) return IncompleteGamma.Q(n, t);
        double spread = 10 * Math.Sqrt(lambda) + 10;
        int k = (int)Math.Max(0, Math.Floor(lambda - spread));
        int kEnd = (int)Math.Ceiling(lambda + spread);
        double logLambda = Math.Log(lambda);
        double w = Math.Exp(-lambda + k * logLambda - SpecialFunctions.GammaLn(k + 1));
        int order = n + k;
        double q = IncompleteGamma.Q(order, t);
        double step = IncompleteGamma.Step(order, t);
        double sum = 0;
        for (; k <= kEnd; k++)
        {
            sum += w * q;
            q += step;
            order++;
            step *= t / order;
            w *= lambda / (k + 1);
        }
        return Math.Min(1, sum);
    }
}
