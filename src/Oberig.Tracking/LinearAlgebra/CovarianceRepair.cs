namespace Oberig.Tracking.LinearAlgebra;

/// <summary>
/// Keeps a covariance symmetric positive definite: symmetrises it, and where its Cholesky factorisation fails (a
/// negative or zero pivot from rounding, or an update that removed more uncertainty than there was) adds the smallest
/// diagonal jitter ε·(tr P / n)·I, ε growing tenfold from <see cref="CovarianceRepairOptions.InitialJitter"/>, that
/// makes it factorise. Each repair is counted in <see cref="FilterCounters"/>; a covariance is never left with NaN.
/// </summary>
public static class CovarianceRepair
{
    /// <summary>
    /// Symmetrises p (n x n) in place and repairs it if it is not positive definite. Returns true when p was already
    /// positive definite, false when it had to be repaired (and the repair was counted).
    /// <paramref name="scratch"/> holds n*n doubles.
    /// </summary>
    public static bool Ensure(Span<double> p, int n, CovarianceRepairOptions options, FilterCounters counters, Span<double> scratch)
    {
        SmallMatrix.Symmetrise(p, n);
        if (SmallMatrix.Cholesky(p, n, scratch)) return true;
        Repair(p, n, options, counters, scratch);
        return false;
    }

    /// <summary>Repairs p (already found not positive definite) and counts the repair. Exposed for updaters that check first.</summary>
    public static void Repair(Span<double> p, int n, CovarianceRepairOptions options, FilterCounters counters, Span<double> scratch)
    {
        counters.CovarianceRepairs++;
        // Non-finite entries carry no information worth keeping: fall back to the diagonal's finite part.
        for (int i = 0; i < n * n; i++) if (!double.IsFinite(p[i])) p[i] = 0.0;
        double scale = 0;
        for (int i = 0; i < n; i++) scale += Math.Abs(p[i * n + i]);
        scale = scale > 0 ? scale / n : options.AbsoluteFloor;
        // Negative diagonal variances are clamped to the floor first; the jitter then lifts small negative eigenvalues.
        for (int i = 0; i < n; i++) if (p[i * n + i] < options.AbsoluteFloor) p[i * n + i] = options.AbsoluteFloor;
        double added = 0;
        double eps = options.InitialJitter;
        for (int attempt = 0; attempt < options.MaxAttempts; attempt++)
        {
            if (SmallMatrix.Cholesky(p, n, scratch)) return;
            double jitter = eps * scale;
            for (int i = 0; i < n; i++) p[i * n + i] += jitter - added;
            added = jitter;
            eps *= 10.0;
        }
        if (SmallMatrix.Cholesky(p, n, scratch)) return;
        // Last resort: keep only the (floored) diagonal, which is positive definite by construction.
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                if (i != j) p[i * n + j] = 0.0;
        counters.DiagonalFallbacks++;
    }
}

/// <summary>How <see cref="CovarianceRepair"/> lifts a covariance back to positive definite.</summary>
/// <param name="InitialJitter">First diagonal jitter relative to the mean variance tr P / n; default 1e-12.</param>
/// <param name="MaxAttempts">Tenfold jitter increases before falling back to the diagonal; default 12 (up to 1e-1).</param>
/// <param name="AbsoluteFloor">Smallest variance kept on the diagonal, in the state's squared units; default 1e-12.</param>
public sealed record CovarianceRepairOptions(double InitialJitter = 1e-12, int MaxAttempts = 12, double AbsoluteFloor = 1e-12)
{
    public static readonly CovarianceRepairOptions Default = new();
}
