using Oberig.Core.Numerics;

namespace Oberig.Tracking.Metrics;

/// <summary>
/// A GOSPA value and its decomposition. <see cref="Localisation"/>, <see cref="Missed"/> and <see cref="False"/> are
/// in the p-th power domain, as Rahmathullah, García-Fernández and Svensson (2017) decompose the metric for alpha = 2:
/// Distance^p = Localisation + Missed + False, with Missed = c^p/2 per missed truth and False = c^p/2 per false
/// estimate.
/// </summary>
public readonly record struct GospaValue(double Distance, double Localisation, double Missed, double False,
    int AssignedCount, int MissedCount, int FalseCount);

/// <summary>A GOSPA value with its assignment: the truth index of each estimate, or -1 for a false estimate.</summary>
public sealed record GospaResult(GospaValue Value, int[] EstimateToTruth)
{
    public double Distance => Value.Distance;
    public double Localisation => Value.Localisation;
    public double Missed => Value.Missed;
    public double False => Value.False;
}

/// <summary>
/// Generalised optimal sub-pattern assignment metric (Rahmathullah, García-Fernández and Svensson 2017) between a set
/// of estimates and a set of truths:
/// d = ( min over assignments of sum min(d, c)^p over the assigned pairs + c^p / alpha (|X| + |Y| - 2 |assigned|) )^(1/p),
/// which for alpha = 2 is the form computed here exactly: estimates and truths left out cost c^p/2 each, so a pair at
/// distance c or more never helps (it costs c^p, the same as leaving both out) and is gated out. The assignment is
/// solved on the gated sparse matrix with <see cref="Oberig.Core.Assignment.LinearAssignment"/>, so large sets cost
/// about linearly. For alpha &lt; 2 the metric is the cardinality-mismatch form, min over complete matchings of the
/// smaller set of sum min(d, c)^p plus c^p/alpha |n - m|; that matching is the alpha = 2 one completed with arbitrary
/// pairs (all at distance c or more, else pairing them would have been cheaper), whose c^p each count as localisation,
/// and the mismatch counts as missed (more truths) or false (more estimates).
/// </summary>
public static class Gospa
{
    /// <summary>GOSPA between <paramref name="estimates"/> and <paramref name="truths"/> (allocates the result).</summary>
    /// <param name="c">Cut-off distance, positive, in the units of the positions (metres).</param>
    /// <param name="p">Order, at least 1.</param>
    /// <param name="alpha">Cardinality mismatch parameter in (0, 2]; 2 gives the decomposition into localisation, missed and false.</param>
    public static GospaResult Compute(ReadOnlySpan<Vec3> estimates, ReadOnlySpan<Vec3> truths, double c, double p, double alpha = 2)
    {
        var assignment = new int[estimates.Length];
        var value = Compute(estimates, truths, c, p, alpha, new MetricWorkspace(), assignment);
        return new GospaResult(value, assignment);
    }

    /// <summary>
    /// GOSPA through a reusable <paramref name="workspace"/>, writing each estimate's truth index or -1 into
    /// <paramref name="estimateToTruth"/> (length of <paramref name="estimates"/>); allocates nothing once warm.
    /// </summary>
    public static GospaValue Compute(ReadOnlySpan<Vec3> estimates, ReadOnlySpan<Vec3> truths, double c, double p,
        double alpha, MetricWorkspace workspace, Span<int> estimateToTruth)
    {
        MetricChecks.Check(estimates, truths, c, p, workspace, estimateToTruth);
        if (!(alpha > 0 && alpha <= 2)) throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "must be in (0, 2]");
        var (localisation, assigned) = workspace.Assign(estimates, truths, c, p, estimateToTruth);
        return FromAssignment(estimates.Length, truths.Length, localisation, assigned, c, p, alpha);
    }

    /// <summary>The value from GOSPA's (alpha 2) gated optimal assignment: its localisation sum and pair count.</summary>
    internal static GospaValue FromAssignment(int n, int m, double localisation, int assigned, double c, double p, double alpha)
    {
        double cp = Math.Pow(c, p);
        if (alpha == 2)
        {
            int missed = m - assigned, falseCount = n - assigned;
            double missedCost = cp / 2 * missed, falseCost = cp / 2 * falseCount;
            return new GospaValue(Root(localisation + missedCost + falseCost, p), localisation, missedCost, falseCost,
                assigned, missed, falseCount);
        }
        int forced = Math.Min(n, m) - assigned;
        double loc = localisation + cp * forced;
        double mismatch = cp / alpha * Math.Abs(n - m);
        double missedPart = m > n ? mismatch : 0, falsePart = n > m ? mismatch : 0;
        return new GospaValue(Root(loc + mismatch, p), loc, missedPart, falsePart, assigned, Math.Max(0, m - n), Math.Max(0, n - m));
    }

    internal static double Root(double x, double p) => p == 1 ? x : Math.Pow(x, 1 / p);
}

internal static class MetricChecks
{
    public static void Check(ReadOnlySpan<Vec3> estimates, ReadOnlySpan<Vec3> truths, double c, double p,
        MetricWorkspace workspace, Span<int> estimateToTruth)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        if (!(c > 0) || !double.IsFinite(c)) throw new ArgumentOutOfRangeException(nameof(c), c, "cut-off must be positive and finite");
        if (!(p >= 1) || !double.IsFinite(p)) throw new ArgumentOutOfRangeException(nameof(p), p, "order must be at least 1 and finite");
        if (estimateToTruth.Length != estimates.Length)
            throw new ArgumentException($"needs length {estimates.Length}, got {estimateToTruth.Length}", nameof(estimateToTruth));
        foreach (var e in estimates) Finite(e, nameof(estimates));
        foreach (var t in truths) Finite(t, nameof(truths));
    }

    private static void Finite(Vec3 v, string name)
    {
        if (!double.IsFinite(v.X) || !double.IsFinite(v.Y) || !double.IsFinite(v.Z)) throw new ArgumentException("positions must be finite", name);
    }
}
