using Oberig.Core.Assignment;
using Oberig.Core.Time;
using Oberig.Tracking.Tracks;

namespace Oberig.Tracking.Associators;

/// <summary>How <see cref="JpdaAssociator"/> bounds its work.</summary>
/// <param name="MaxExactTracks">Largest cluster (tracks sharing detections, directly or through others) whose joint
/// events are enumerated exactly. Default 8.</param>
/// <param name="MaxExactEvents">Bound on the product over a cluster's tracks of (gated detections + 1), an upper bound
/// on its joint events, for exact enumeration. Default 20,000. Larger clusters use Fitzgerald's cheap JPDA.</param>
public sealed record JpdaOptions(int MaxExactTracks = 8, int MaxExactEvents = 20_000)
{
    public static readonly JpdaOptions Default = new();

    public IEnumerable<string> Problems()
    {
        if (MaxExactTracks < 1) yield return $"jpda.max_exact_tracks: {MaxExactTracks} is not allowed (at least 1)";
        if (MaxExactEvents < 1) yield return $"jpda.max_exact_events: {MaxExactEvents} is not allowed (at least 1)";
    }
}

/// <summary>
/// Joint probabilistic data association (Fortmann, Bar-Shalom and Scheffe 1983; Stone Soup's JPDA): each track is
/// updated with every gated detection, weighted by the marginal probability of that association over the feasible
/// joint events of its cluster, by the combined innovation and the spread-of-innovations term
/// (<see cref="GaussianTrackFilter.UpdateMixture"/>).
/// </summary>
/// <remarks>
/// <para>Clusters are the connected components of the gating graph (union-find over tracks that share a detection).
/// A joint event gives each track of the cluster one of its gated detections or none, no detection twice; its weight
/// is the product over tracks of Lᵢⱼ = Pd N(zⱼ; ẑᵢ, Sᵢ) / λ for an assigned track and 1 − Pd Pg for a missed one
/// (the unassigned detections' clutter density is factored out, as in the parametric JPDA). Marginals βᵢⱼ sum the
/// normalised weights of the events that hold (i, j); βᵢ₀ those in which i is missed.</para>
/// <para>Clusters above <see cref="JpdaOptions.MaxExactTracks"/> tracks or <see cref="JpdaOptions.MaxExactEvents"/>
/// events use Fitzgerald's cheap JPDA (1986): βᵢⱼ = Lᵢⱼ / (Tᵢ + Cⱼ − Lᵢⱼ + B), with Tᵢ = Σⱼ Lᵢⱼ, Cⱼ = Σᵢ Lᵢⱼ and
/// B = 1 − Pd Pg, then βᵢ₀ = 1 − Σⱼ βᵢⱼ (clamped, renormalised). It is exact for a lone track (PDA) and costs
/// linear time in the cluster's gated pairs.</para>
/// <para>A track counts a hit (for M-of-N and deletion) when the probability that it was detected, 1 − βᵢ₀, exceeds
/// one half. Detections inside any gate are "used"; only detections outside every gate start new tracks. Needs a
/// single-model filter: the mixture update of an IMM is not implemented.</para>
/// </remarks>
public sealed class JpdaAssociator : IAssociator
{
    private readonly GaussianTrackFilter _filter;
    private int[] _parent = [], _clusterStart = [], _clusterRows = [], _rowRoot = [], _columnFirstRow = [], _columnTaken = [];
    private double[] _beta = [], _betaMiss = [], _logRatio = [], _columnSum = [], _eventWeight = [], _logMiss = [], _scoreGain = [];

    public JpdaAssociator(GaussianTrackFilter filter, AssociationOptions? options = null, JpdaOptions? jpda = null)
    {
        ArgumentNullException.ThrowIfNull(filter);
        _filter = filter;
        Options = options ?? AssociationOptions.Default;
        Jpda = jpda ?? JpdaOptions.Default;
    }

    public string Name => AssociatorNames.Jpda;
    public AssociationOptions Options { get; }
    public JpdaOptions Jpda { get; }

    /// <summary>Clusters solved exactly and approximately in the last scan (for tests and diagnostics).</summary>
    public (int Exact, int Approximate) LastClusters { get; private set; }

    /// <summary>The association probabilities of the last scan, one per gated entry (row order of the matrix).</summary>
    public ReadOnlySpan<double> LastBetas => _beta.AsSpan(0, _entries);

    /// <summary>Probability of no detection per track of the last scan.</summary>
    public ReadOnlySpan<double> LastMissBetas => _betaMiss.AsSpan(0, _rows);

    private int _entries, _rows;

    public void Associate(IReadOnlyList<Track> tracks, SimTime time, ReadOnlySpan<double> detections, int measurementDimension,
        SparseCostMatrix hypotheses, double gateProbability, double clutterDensity, Span<bool> detectionUsed)
    {
        int n = tracks.Count, count = hypotheses.ColumnCount, e = hypotheses.EntryCount;
        _rows = n; _entries = e;
        Ensure(n, count, e);
        double logClutter = Math.Log(clutterDensity);
        var costs = hypotheses.Costs;
        var columns = hypotheses.Columns;
        var rowStart = hypotheses.RowStarts;
        for (int i = 0; i < n; i++)
        {
            double pd = tracks[i].ScanDetectionProbability;
            _logMiss[i] = Math.Log(Math.Max(1 - pd * gateProbability, 1e-300));
            double shift = Math.Log(pd) - logClutter;
            double total = Math.Exp(_logMiss[i]);
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++)
            {
                _logRatio[k] = shift - costs[k];
                total += Math.Exp(Math.Min(_logRatio[k], 700));
            }
            // The track's own likelihood ratio over "missed, or any gated detection" (PDA's), for its score.
            _scoreGain[i] = Math.Log(total);
        }

        // Clusters: union rows that share a column.
        for (int i = 0; i < n; i++) _parent[i] = i;
        _columnFirstRow.AsSpan(0, count).Fill(-1);
        for (int i = 0; i < n; i++)
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++)
            {
                int j = columns[k];
                detectionUsed[j] = true;
                if (_columnFirstRow[j] < 0) _columnFirstRow[j] = i;
                else Union(i, _columnFirstRow[j]);
            }
        // Rows grouped by root (counting sort): cluster c holds _clusterRows[_clusterStart[c] .. _clusterStart[c+1]).
        _clusterStart.AsSpan(0, n + 1).Clear();
        for (int i = 0; i < n; i++) { _rowRoot[i] = Find(i); _clusterStart[_rowRoot[i] + 1]++; }
        for (int i = 0; i < n; i++) _clusterStart[i + 1] += _clusterStart[i];
        for (int i = 0; i < n; i++) _clusterRows[_clusterStart[_rowRoot[i]]++] = i;
        for (int i = n; i > 0; i--) _clusterStart[i] = _clusterStart[i - 1];
        _clusterStart[0] = 0;

        int exact = 0, approximate = 0;
        for (int root = 0; root < n; root++)
        {
            var rows = _clusterRows.AsSpan(_clusterStart[root], _clusterStart[root + 1] - _clusterStart[root]);
            if (rows.Length == 0) continue;
            if (rows.Length == 1 && rowStart[rows[0] + 1] == rowStart[rows[0]]) { _betaMiss[rows[0]] = 1; continue; }
            if (Small(rows, rowStart)) { Exact(rows, rowStart, columns); exact++; }
            else { Cheap(rows, rowStart, columns); approximate++; }
        }
        LastClusters = (exact, approximate);

        for (int i = 0; i < n; i++)
        {
            var track = tracks[i];
            int s = rowStart[i], len = rowStart[i + 1] - s;
            if (len == 0) { _filter.Coast(track); track.RecordMiss(_scoreGain[i]); continue; }
            _filter.UpdateMixture(track, detections, columns.Slice(s, len), _beta.AsSpan(s, len), _betaMiss[i]);
            if (_betaMiss[i] < 0.5) track.RecordHit(time, _scoreGain[i]); else track.RecordMiss(_scoreGain[i]);
        }
    }

    private bool Small(ReadOnlySpan<int> rows, ReadOnlySpan<int> rowStart)
    {
        if (rows.Length > Jpda.MaxExactTracks) return false;
        double events = 1;
        foreach (int i in rows)
        {
            events *= rowStart[i + 1] - rowStart[i] + 1;
            if (events > Jpda.MaxExactEvents) return false;
        }
        return true;
    }

    private void Exact(ReadOnlySpan<int> rows, ReadOnlySpan<int> rowStart, ReadOnlySpan<int> columns)
    {
        // Scale each track's terms by its largest: every event holds exactly one term per track, so the marginals are
        // unchanged and no product under- or overflows.
        foreach (int i in rows)
        {
            double top = _logMiss[i];
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) top = Math.Max(top, _logRatio[k]);
            _eventWeight[i] = Math.Exp(_logMiss[i] - top);
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) _beta[k] = Math.Exp(_logRatio[k] - top); // weights for now
            _betaMiss[i] = 0;
        }
        // Accumulators: reuse _logRatio's slots for the marginal sums (the ratios are no longer needed).
        foreach (int i in rows)
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) _logRatio[k] = 0;
        double total = Enumerate(rows, 0, 1.0, rowStart, columns);
        foreach (int i in rows)
        {
            _betaMiss[i] /= total;
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) _beta[k] = _logRatio[k] / total;
        }
    }

    // Depth-first over the cluster's tracks: track `depth` is missed or takes a free gated column. Returns the sum of
    // the weights of the completed events below, adding each event's weight to the marginals it holds.
    private double Enumerate(ReadOnlySpan<int> rows, int depth, double weight, ReadOnlySpan<int> rowStart, ReadOnlySpan<int> columns)
    {
        if (depth == rows.Length) return weight;
        int i = rows[depth];
        double sum = 0;
        double w = weight * _eventWeight[i];
        double below = Enumerate(rows, depth + 1, w, rowStart, columns);
        _betaMiss[i] += below;
        sum += below;
        for (int k = rowStart[i]; k < rowStart[i + 1]; k++)
        {
            int j = columns[k];
            if (_columnTaken[j] > 0) continue;
            _columnTaken[j] = 1;
            below = Enumerate(rows, depth + 1, weight * _beta[k], rowStart, columns);
            _columnTaken[j] = 0;
            _logRatio[k] += below;
            sum += below;
        }
        return sum;
    }

    private void Cheap(ReadOnlySpan<int> rows, ReadOnlySpan<int> rowStart, ReadOnlySpan<int> columns)
    {
        foreach (int i in rows)
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++)
            {
                _beta[k] = Math.Exp(Math.Min(_logRatio[k], 700)); // Lᵢⱼ for now
                _columnSum[columns[k]] += _beta[k];
            }
        foreach (int i in rows)
        {
            double t = 0;
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) t += _beta[k];
            _eventWeight[i] = t;
        }
        foreach (int i in rows)
        {
            double sum = 0, t = _eventWeight[i], b = Math.Exp(_logMiss[i]);
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++)
            {
                double l = _beta[k];
                double beta = l / (t + _columnSum[columns[k]] - l + b);
                _logRatio[k] = beta; // marginals collected here until every row has read the L values
                sum += beta;
            }
            _betaMiss[i] = Math.Max(0, 1 - sum);
        }
        foreach (int i in rows)
        {
            double sum = _betaMiss[i];
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) sum += _logRatio[k];
            _betaMiss[i] /= sum;
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) _beta[k] = _logRatio[k] / sum;
        }
        foreach (int i in rows)
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) _columnSum[columns[k]] = 0;
    }

    private int Find(int i)
    {
        while (_parent[i] != i) { _parent[i] = _parent[_parent[i]]; i = _parent[i]; }
        return i;
    }

    private void Union(int a, int b)
    {
        a = Find(a); b = Find(b);
        if (a != b) _parent[Math.Max(a, b)] = Math.Min(a, b);
    }

    private void Ensure(int n, int count, int e)
    {
        if (_clusterStart.Length < n + 1)
        {
            int size = Math.Max(n, 2 * _parent.Length);
            _parent = new int[size]; _clusterStart = new int[size + 1]; _clusterRows = new int[size]; _rowRoot = new int[size];
            _betaMiss = new double[size]; _eventWeight = new double[size]; _logMiss = new double[size]; _scoreGain = new double[size];
        }
        if (_columnFirstRow.Length < count)
        {
            int size = Math.Max(count, 2 * _columnFirstRow.Length);
            _columnFirstRow = new int[size]; _columnTaken = new int[size]; _columnSum = new double[size];
        }
        if (_beta.Length < e)
        {
            int size = Math.Max(e, 2 * _beta.Length);
            _beta = new double[size]; _logRatio = new double[size];
        }
    }
}
