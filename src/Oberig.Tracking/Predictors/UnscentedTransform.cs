using Oberig.Tracking.LinearAlgebra;

namespace Oberig.Tracking.Predictors;

/// <summary>
/// Scaling of the unscented transform (Julier and Uhlmann 1997; scaled form of Wan and van der Merwe 2000).
/// For state dimension n, λ = α²(n + κ) − n and the 2n + 1 sigma points are x and x ± (√((n + λ) P))ᵢ, with weights
/// W₀ᵐ = λ/(n + λ), W₀ᶜ = W₀ᵐ + 1 − α² + β, Wᵢᵐ = Wᵢᶜ = 1/(2(n + λ)).
/// </summary>
/// <param name="Alpha">Spread α of the points around the mean (&gt; 0). Default 1: points at √(n + κ) standard deviations
/// and a non-negative central weight, which keeps covariances positive definite. Wan and van der Merwe suggest
/// 1e-3 to reduce higher-order effects, at the price of a large negative W₀.</param>
/// <param name="Beta">Prior knowledge of the distribution β; 2 is optimal for a Gaussian. Default 2.</param>
/// <param name="Kappa">Secondary scaling κ; default 0. Julier's 3 − n matches the fourth moment of a Gaussian, but is
/// negative for n &gt; 3.</param>
public sealed record UnscentedOptions(double Alpha = 1.0, double Beta = 2.0, double Kappa = 0.0)
{
    public static readonly UnscentedOptions Default = new();

    /// <summary>Problems with these values for state dimension n, for validation at the edge; empty when fine.</summary>
    public IEnumerable<string> Problems(int n)
    {
        if (!(Alpha > 0) || !double.IsFinite(Alpha)) yield return $"alpha must be finite and > 0, got {Alpha}";
        if (!double.IsFinite(Beta)) yield return $"beta must be finite, got {Beta}";
        if (!double.IsFinite(Kappa) || !(n + Kappa > 0)) yield return $"kappa must make n + kappa > 0 (n = {n}), got {Kappa}";
    }
}

/// <summary>Sigma points and weights for one dimension; all on caller spans.</summary>
internal readonly struct SigmaWeights
{
    public readonly double Scale, MeanCentral, CovarianceCentral, Other;

    public SigmaWeights(UnscentedOptions o, int n)
    {
        double lambda = o.Alpha * o.Alpha * (n + o.Kappa) - n;
        double c = n + lambda;
        if (!(c > 0)) throw new ArgumentException($"unscented scaling gives n + lambda = {c} for n = {n}: increase alpha or kappa");
        Scale = Math.Sqrt(c);
        MeanCentral = lambda / c;
        CovarianceCentral = MeanCentral + 1.0 - o.Alpha * o.Alpha + o.Beta;
        Other = 0.5 / c;
    }

    public double Mean(int i) => i == 0 ? MeanCentral : Other;
    public double Covariance(int i) => i == 0 ? CovarianceCentral : Other;

    /// <summary>
    /// Writes the 2n + 1 sigma points of N(x, P) as the rows of <paramref name="points"/> ((2n+1) x n), given the
    /// Cholesky factor l of P.
    /// </summary>
    public void Points(ReadOnlySpan<double> x, ReadOnlySpan<double> l, int n, Span<double> points)
    {
        x[..n].CopyTo(points);
        for (int j = 0; j < n; j++)
        {
            Span<double> plus = points.Slice((1 + j) * n, n), minus = points.Slice((1 + n + j) * n, n);
            for (int i = 0; i < n; i++)
            {
                double d = Scale * l[i * n + j];
                plus[i] = x[i] + d;
                minus[i] = x[i] - d;
            }
        }
    }

    /// <summary>Cholesky factor of p into l, repairing a copy (counted) when p is not positive definite.</summary>
    public static void Factor(ReadOnlySpan<double> p, int n, Span<double> l, CovarianceRepairOptions repair, FilterCounters counters)
    {
        if (SmallMatrix.Cholesky(p, n, l)) return;
        Span<double> copy = stackalloc double[n * n];
        p[..(n * n)].CopyTo(copy);
        CovarianceRepair.Repair(copy, n, repair, counters, l);
        SmallMatrix.Cholesky(copy, n, l);
    }
}
