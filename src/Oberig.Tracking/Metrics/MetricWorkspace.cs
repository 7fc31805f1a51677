using Oberig.Core.Assignment;
using Oberig.Core.Numerics;

namespace Oberig.Tracking.Metrics;

/// <summary>
/// Reusable storage for <see cref="Gospa"/> and <see cref="Ospa"/>: the gated cost matrix, the assignment solver and a
/// spatial grid. Once it has seen its largest sets, computing a metric through it allocates nothing. Not thread-safe.
/// </summary>
public sealed class MetricWorkspace
{
    /// <summary>Below this many estimate-truth pairs every pair is tested; above it a grid finds the close ones.</summary>
    internal const int AllPairsLimit = 4096;

    private readonly SparseCostMatrix _matrix = new();
    private readonly LinearAssignment _solver = new();
    private long[] _keys = [];
    private int[] _order = [];
    private int[] _truthToEstimate = [];

    /// <summary>
    /// The minimum over assignments of sum d^p over assigned pairs with d &lt; c, plus c^p/2 for every estimate and
    /// truth left out: GOSPA (alpha 2) raised to the power p. Pairs at d &gt;= c are never stored: such a pair costs
    /// min(d, c)^p = c^p, exactly what leaving both out costs (c^p/2 twice), so it cannot lower the minimum, and
    /// leaving it out lets a grid of cells of side c find the remaining candidates in time linear in the set sizes
    /// instead of testing every pair. Writes each estimate's truth or -1; returns (sum of d^p over assigned pairs,
    /// number of assigned pairs).
    /// </summary>
    internal (double Localisation, int Assigned) Assign(ReadOnlySpan<Vec3> estimates, ReadOnlySpan<Vec3> truths,
        double c, double p, Span<int> estimateToTruth)
    {
        int n = estimates.Length, m = truths.Length;
        _matrix.Clear(m);
        if ((long)n * m <= AllPairsLimit) AddAllPairs(estimates, truths, c, p);
        else AddGridPairs(estimates, truths, c, p);

        double miss = Math.Pow(c, p) / 2;
        _solver.Solve(_matrix, miss, miss, estimateToTruth);
        double localisation = 0;
        int assigned = 0;
        for (int i = 0; i < n; i++)
        {
            int j = estimateToTruth[i];
            if (j < 0) continue;
            localisation += Math.Pow((estimates[i] - truths[j]).Norm, p);
            assigned++;
        }
        return (localisation, assigned);
    }

    /// <summary>Scratch of at least <paramref name="length"/> ints for the truth side of an assignment.</summary>
    internal Span<int> TruthScratch(int length)
    {
        if (_truthToEstimate.Length < length) _truthToEstimate = new int[Math.Max(length, 2 * _truthToEstimate.Length)];
        return _truthToEstimate.AsSpan(0, length);
    }

    private void AddAllPairs(ReadOnlySpan<Vec3> estimates, ReadOnlySpan<Vec3> truths, double c, double p)
    {
        double c2 = c * c;
        for (int i = 0; i < estimates.Length; i++)
        {
            _matrix.AddRow();
            for (int j = 0; j < truths.Length; j++)
            {
                double d2 = (estimates[i] - truths[j]).NormSquared;
                if (d2 < c2) _matrix.Add(j, Cost(d2, p));
            }
        }
    }

    private void AddGridPairs(ReadOnlySpan<Vec3> estimates, ReadOnlySpan<Vec3> truths, double c, double p)
    {
        int m = truths.Length;
        if (_keys.Length < m) { _keys = new long[Math.Max(m, 2 * _keys.Length)]; _order = new int[_keys.Length]; }
        var keys = _keys.AsSpan(0, m);
        var order = _order.AsSpan(0, m);
        for (int j = 0; j < m; j++) { keys[j] = Key(Cell(truths[j].X, c), Cell(truths[j].Y, c), Cell(truths[j].Z, c)); order[j] = j; }
        keys.Sort(order);

        double c2 = c * c;
        for (int i = 0; i < estimates.Length; i++)
        {
            _matrix.AddRow();
            var e = estimates[i];
            long cx = Cell(e.X, c), cy = Cell(e.Y, c), cz = Cell(e.Z, c);
            for (long x = cx - 1; x <= cx + 1; x++)
                for (long y = cy - 1; y <= cy + 1; y++)
                    for (long z = cz - 1; z <= cz + 1; z++)
                    {
                        long key = Key(x, y, z);
                        int at = keys.BinarySearch(key);
                        if (at < 0) continue;
                        while (at > 0 && keys[at - 1] == key) at--;
                        for (; at < m && keys[at] == key; at++)
                        {
                            int j = order[at];
                            double d2 = (e - truths[j]).NormSquared;
                            if (d2 < c2) _matrix.Add(j, Cost(d2, p));
                        }
                    }
        }
    }

    private static double Cost(double d2, double p) => p == 1 ? Math.Sqrt(d2) : p == 2 ? d2 : Math.Pow(d2, p / 2);

    // Cells of side c, indices clamped to 21 bits each and packed into one key. Clamping merges only cells more than a
    // million gates from the origin: the distance test still decides, at worst a pair is offered twice (harmless).
    private static long Cell(double x, double c) => (long)Math.Clamp(Math.Floor(x / c), -(1 << 20) + 2, (1 << 20) - 2);

    private static long Key(long x, long y, long z) => ((x + (1 << 20)) << 42) | ((y + (1 << 20)) << 21) | (z + (1 << 20));
}
