using Oberig.Core.Numerics;

namespace Oberig.Tracking.Metrics;

/// <summary>
/// An OSPA value and the components of Schuhmacher, Vo and Vo (2008), in the p-th power domain:
/// Distance^p = Localisation + Cardinality, where Localisation = (1/n) sum min(d, c)^p over the optimal matching of the
/// smaller set and Cardinality = c^p (n - m) / n (n the larger set size, m the smaller).
/// </summary>
public readonly record struct OspaValue(double Distance, double Localisation, double Cardinality);

/// <summary>An OSPA value with its matching: the truth index of each estimate, or -1.</summary>
public sealed record OspaResult(OspaValue Value, int[] EstimateToTruth)
{
    public double Distance => Value.Distance;
}

/// <summary>
/// Optimal sub-pattern assignment metric (Schuhmacher, Vo and Vo 2008):
/// d = ( (1/n) (min over matchings of the m smaller-set elements of sum min(d, c)^p + c^p (n - m)) )^(1/p), 0 when
/// both sets are empty. The minimum over complete matchings equals the GOSPA (alpha 2) minimum less c^p/2 (n - m), and
/// is reached by GOSPA's gated assignment completed with arbitrary pairs (each at distance c or more, costing c^p), so
/// it is computed by the same sparse solver (see <see cref="Gospa"/>). The returned matching holds the gated pairs
/// only; elements of the smaller set it leaves out stand at the cut-off from whatever they would be paired with.
/// </summary>
public static class Ospa
{
    /// <summary>OSPA between <paramref name="estimates"/> and <paramref name="truths"/> (allocates the result).</summary>
    public static OspaResult Compute(ReadOnlySpan<Vec3> estimates, ReadOnlySpan<Vec3> truths, double c, double p)
    {
        var assignment = new int[estimates.Length];
        var value = Compute(estimates, truths, c, p, new MetricWorkspace(), assignment);
        return new OspaResult(value, assignment);
    }

    /// <summary>OSPA through a reusable workspace; allocates nothing once warm.</summary>
    public static OspaValue Compute(ReadOnlySpan<Vec3> estimates, ReadOnlySpan<Vec3> truths, double c, double p,
        MetricWorkspace workspace, Span<int> estimateToTruth)
    {
        MetricChecks.Check(estimates, truths, c, p, workspace, estimateToTruth);
        var (localisation, assigned) = workspace.Assign(estimates, truths, c, p, estimateToTruth);
        return FromAssignment(estimates.Length, truths.Length, localisation, assigned, c, p);
    }

    /// <summary>The value from GOSPA's (alpha 2) gated optimal assignment: its localisation sum and pair count.</summary>
    internal static OspaValue FromAssignment(int n, int m, double localisation, int assigned, double c, double p)
    {
        int larger = Math.Max(n, m), smaller = Math.Min(n, m);
        if (larger == 0) return new OspaValue(0, 0, 0);
        double cp = Math.Pow(c, p);
        double loc = (localisation + cp * (smaller - assigned)) / larger;
        double card = cp * (larger - smaller) / larger;
        return new OspaValue(Gospa.Root(loc + card, p), loc, card);
    }
}
