using Oberig.Core.Assignment;
using Oberig.Core.Time;
using Oberig.Tracking.Tracks;

namespace Oberig.Tracking.Associators;

/// <summary>
/// Global nearest neighbour: the single joint assignment of detections to tracks of greatest likelihood, solved on
/// the gated sparse matrix with <see cref="LinearAssignment"/> (Stone Soup's GNNWith2DAssignment, with a likelihood
/// ratio cost instead of a distance).
/// </summary>
/// <remarks>
/// Cost of "detection j comes from track i" is the negative log-likelihood ratio against "j is clutter":
/// cᵢⱼ = −ln(Pd N(zⱼ; ẑᵢ, Sᵢ) / λ) = ½ νᵀS⁻¹ν + ½ ln|2πSᵢ| − ln Pd + ln λ. Leaving track i without a detection costs
/// −ln(1 − Pd Pg), leaving a detection unassigned costs 0 (the reference: clutter or a new target). The assignment
/// minimising the total is the most likely joint association (Blackman and Popoli 1999, section 6.5). Unlike a plain
/// distance it prefers, at equal distance, the track with the smaller S: a confirmed track wins over a tentative one
/// born nearby. Implemented without copying the matrix: every assigned pair carries the same −ln Pd + ln λ, so the
/// solver runs on the hypothesiser's −ln N costs with that constant moved into each row's unassigned cost. Pd is the
/// track's <see cref="Track.ScanDetectionProbability"/> (so a target at the edge of detection costs less to miss) and
/// λ the scan's; the same terms update each track's <see cref="Track.Score"/>.
/// </remarks>
public sealed class GnnAssociator : IAssociator
{
    private readonly ITrackFilter _filter;
    private readonly LinearAssignment _solver = new();
    private double[] _rowMiss = [];
    private double[] _columnMiss = [];
    private int[] _rowToColumn = [];

    public GnnAssociator(ITrackFilter filter, AssociationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(filter);
        _filter = filter;
        Options = options ?? AssociationOptions.Default;
    }

    public string Name => AssociatorNames.Gnn;
    public AssociationOptions Options { get; }

    /// <summary>The solver's total of the last scan (sum of −ln N of assigned pairs plus the unassigned costs).</summary>
    public double LastCost { get; private set; }

    public void Associate(IReadOnlyList<Track> tracks, SimTime time, ReadOnlySpan<double> detections, int measurementDimension,
        SparseCostMatrix hypotheses, double gateProbability, double clutterDensity, Span<bool> detectionUsed)
    {
        int n = tracks.Count, count = hypotheses.ColumnCount, m = measurementDimension;
        if (_rowMiss.Length < n) { _rowMiss = new double[Math.Max(n, 2 * _rowMiss.Length)]; _rowToColumn = new int[_rowMiss.Length]; }
        if (_columnMiss.Length < count) _columnMiss = new double[Math.Max(count, 2 * _columnMiss.Length)];
        double logClutter = Math.Log(clutterDensity);
        var rowMiss = _rowMiss.AsSpan(0, n);
        for (int i = 0; i < n; i++) rowMiss[i] = MissCost(tracks[i].ScanDetectionProbability, gateProbability) - PairConstant(tracks[i].ScanDetectionProbability, logClutter);
        var columnMiss = _columnMiss.AsSpan(0, count);
        columnMiss.Clear();
        var rowToColumn = _rowToColumn.AsSpan(0, n);
        LastCost = _solver.Solve(hypotheses, rowMiss, columnMiss, rowToColumn);

        for (int i = 0; i < n; i++)
        {
            var track = tracks[i];
            double pd = track.ScanDetectionProbability;
            int j = rowToColumn[i];
            if (j < 0) { _filter.Coast(track); track.RecordMiss(-MissCost(pd, gateProbability)); continue; }
            double nll = Cost(hypotheses, i, j);
            _filter.Update(track, detections.Slice(j * m, m));
            track.RecordHit(time, -PairConstant(pd, logClutter) - nll);
            detectionUsed[j] = true;
        }
    }

    /// <summary>−ln(1 − Pd Pg): the cost of leaving a track without a detection.</summary>
    private static double MissCost(double pd, double gateProbability) => -Math.Log(Math.Max(1 - pd * gateProbability, 1e-300));

    /// <summary>−ln Pd + ln λ: what every assigned pair adds to its −ln N.</summary>
    private static double PairConstant(double pd, double logClutter) => -Math.Log(pd) + logClutter;

    private static double Cost(SparseCostMatrix hypotheses, int row, int column)
    {
        var columns = hypotheses.Columns;
        for (int k = hypotheses.RowStarts[row]; k < hypotheses.RowStarts[row + 1]; k++)
            if (columns[k] == column) return hypotheses.Costs[k];
        throw new InvalidOperationException($"the solver assigned column {column} to row {row}, which has no such entry");
    }
}

/// <summary>Names by which a tracker's associator is chosen.</summary>
public static class AssociatorNames
{
    public const string Gnn = "gnn";
    public const string Jpda = "jpda";

    public static readonly IReadOnlyList<string> All = [Gnn, Jpda];
}
