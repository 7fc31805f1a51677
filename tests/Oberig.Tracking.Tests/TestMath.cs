using Oberig.Core.Random;
using Oberig.Tracking.LinearAlgebra;
using Oberig.Tracking.State;

namespace Oberig.Tracking.Tests;

/// <summary>Helpers shared by the filter tests: sampling, NEES, chi-square bands.</summary>
internal static class TestMath
{
    /// <summary>Draws x ~ N(mean, cov) into result.</summary>
    public static void Sample(RandomStream rng, ReadOnlySpan<double> mean, ReadOnlySpan<double> cov, int n, Span<double> result)
    {
        Span<double> l = stackalloc double[n * n];
        if (!SmallMatrix.Cholesky(cov, n, l))
        {
            // Singular noise (e.g. Q with zero blocks): add a negligible jitter for the sampler only.
            Span<double> c = stackalloc double[n * n];
            cov[..(n * n)].CopyTo(c);
            for (int i = 0; i < n; i++) c[i * n + i] += 1e-12;
            Assert.True(SmallMatrix.Cholesky(c, n, l));
        }
        Span<double> g = stackalloc double[n];
        for (int i = 0; i < n; i++) g[i] = rng.NextGaussian();
        for (int i = 0; i < n; i++)
        {
            double s = mean[i];
            for (int k = 0; k <= i; k++) s += l[i * n + k] * g[k];
            result[i] = s;
        }
    }

    /// <summary>Normalised estimation error squared (x − truth)ᵀ P⁻¹ (x − truth).</summary>
    public static double Nees(GaussianState estimate, ReadOnlySpan<double> truth)
    {
        int n = estimate.Dimension;
        Span<double> l = stackalloc double[n * n];
        Span<double> e = stackalloc double[n];
        Span<double> s = stackalloc double[n];
        Assert.True(SmallMatrix.Cholesky(estimate.Covariance, n, l));
        for (int i = 0; i < n; i++) e[i] = estimate.Mean[i] - truth[i];
        return SmallMatrix.SquaredMahalanobis(l, n, e, s);
    }

    /// <summary>Chi-square quantile by the Wilson-Hilferty approximation (accurate to ~1e-3 relative for k ≥ 30).</summary>
    public static double ChiSquareQuantile(int k, double standardNormalQuantile)
    {
        double a = 2.0 / (9.0 * k);
        double c = 1.0 - a + standardNormalQuantile * Math.Sqrt(a);
        return k * c * c * c;
    }

    /// <summary>Two-sided 95 % band of the average of <paramref name="runs"/> chi-square(n) variables.</summary>
    public static (double Low, double High) AverageChiSquareBand(int n, int runs) =>
        (ChiSquareQuantile(n * runs, -1.959964) / runs, ChiSquareQuantile(n * runs, 1.959964) / runs);

    public static bool IsPositiveDefinite(ReadOnlySpan<double> p, int n)
    {
        Span<double> l = stackalloc double[n * n];
        return SmallMatrix.Cholesky(p, n, l);
    }

    public static bool IsSymmetric(ReadOnlySpan<double> p, int n)
    {
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                if (p[i * n + j] != p[j * n + i]) return false;
        return true;
    }

    public static void AssertClose(ReadOnlySpan<double> expected, ReadOnlySpan<double> actual, double tolerance, string what = "")
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            double scale = Math.Max(1.0, Math.Abs(expected[i]));
            Assert.True(Math.Abs(expected[i] - actual[i]) <= tolerance * scale,
                $"{what}[{i}]: expected {expected[i]:R}, got {actual[i]:R} (tolerance {tolerance} relative)");
        }
    }
}
