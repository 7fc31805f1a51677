using Oberig.Core.Assignment;
using Oberig.Core.Time;
using Oberig.Tracking.Models.Measurement;
using Oberig.Tracking.Tracks;

namespace Oberig.Tracking.Hypothesisers;

/// <summary>
/// Predicts each track once, then finds its candidate detections with spatial gating and a chi-square Mahalanobis
/// gate (Stone Soup's DistanceHypothesiser with a Mahalanobis measure, without the all-pairs loop).
/// </summary>
/// <remarks>
/// <para>The gate of a track is the ellipsoid νᵀ S⁻¹ ν ≤ g, with g the chi-square quantile of the gate probability
/// for m degrees of freedom. Its extent along measurement axis k is exactly ±√(g Sₖₖ) (the projection of the
/// ellipsoid), so the box ẑ ± √(g Sₖₖ) holds every detection the gate can accept. Detections are indexed on a uniform
/// grid over the first min(m, 3) measurement components, the cell side on each axis being the mean gate half-width of
/// the scan's tracks; a track visits only the cells its box overlaps (clamped to the occupied extent), and the exact
/// Mahalanobis test decides. Cost grows with tracks + detections, not their product.</para>
/// <para>Components that wrap (<see cref="IMeasurementModel.Wraps"/>, an azimuth) are gridded as plain numbers in
/// (−π, π]; a track whose gate crosses the cut at ±π tests every detection instead, and the model's wrapped residual
/// decides, so a target flying through due south of a radar keeps its detections.</para>
/// </remarks>
public sealed class GatingHypothesiser : IHypothesiser
{
    private readonly ITrackFilter _filter;
    private readonly DetectionGrid _grid = new();
    private readonly double[] _threshold = new double[LinearAlgebra.SmallMatrix.MaxDimension + 1];
    private double[] _box = [];

    /// <param name="filter">The filter that predicts the tracks.</param>
    /// <param name="gateProbability">Probability that the true measurement falls in the gate, in (0, 1); default 0.9999.</param>
    public GatingHypothesiser(ITrackFilter filter, double gateProbability = 0.9999)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (!(gateProbability > 0 && gateProbability < 1)) throw new ArgumentOutOfRangeException(nameof(gateProbability), gateProbability, "must be in (0, 1)");
        _filter = filter;
        GateProbability = gateProbability;
        for (int m = 1; m < _threshold.Length; m++) _threshold[m] = ChiSquare.Quantile(gateProbability, m);
    }

    public double GateProbability { get; }

    /// <summary>The squared Mahalanobis threshold for <paramref name="measurementDimension"/> components.</summary>
    public double Threshold(int measurementDimension) => _threshold[measurementDimension];

    public void Hypothesise(IReadOnlyList<Track> tracks, SimTime time, ReadOnlySpan<double> detections, IMeasurementModel model, SparseCostMatrix hypotheses)
    {
        ArgumentNullException.ThrowIfNull(tracks);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(hypotheses);
        int m = model.MeasurementDimension;
        if (detections.Length % m != 0) throw new ArgumentException($"{detections.Length} values is not a whole number of {m}-component measurements", nameof(detections));
        int count = detections.Length / m, n = tracks.Count, axes = Math.Min(m, 3);
        double g = _threshold[m];
        hypotheses.Clear(count);

        // Predict every track once, and its gate's box along the gridded axes.
        if (_box.Length < n * 6) _box = new double[Math.Max(n * 6, 2 * _box.Length)];
        Span<double> cell = stackalloc double[3];
        cell.Clear();
        for (int i = 0; i < n; i++)
        {
            var track = tracks[i];
            _filter.Predict(track, time, model);
            for (int a = 0; a < axes; a++)
            {
                // A hair wider than the exact extent, so rounding never drops a pair on the ellipsoid's edge.
                _filter.GateExtent(track, a, g, out double low, out double high);
                double pad = 1e-9 * (high - low + Math.Abs(low) + Math.Abs(high)) + 1e-12;
                _box[i * 6 + 2 * a] = low - pad;
                _box[i * 6 + 2 * a + 1] = high + pad;
                cell[a] += 0.5 * (high - low);
            }
        }
        if (n == 0 || count == 0) { hypotheses.AddEmptyRows(n); return; }
        for (int a = 0; a < axes; a++) cell[a] = Math.Max(cell[a] / n, 1e-9);

        _grid.Build(detections, count, m, axes, cell);
        var order = _grid.Order;
        Span<long> lo = stackalloc long[3], hi = stackalloc long[3];
        for (int i = 0; i < n; i++)
        {
            var track = tracks[i];
            hypotheses.AddRow();
            bool empty = false;
            lo.Clear(); hi.Clear();
            for (int a = 0; a < axes; a++)
            {
                lo[a] = Math.Max(DetectionGrid.Cell(_box[i * 6 + 2 * a], cell[a]), _grid.MinCell(a));
                hi[a] = Math.Min(DetectionGrid.Cell(_box[i * 6 + 2 * a + 1], cell[a]), _grid.MaxCell(a));
                if (lo[a] > hi[a]) empty = true;
            }
            if (CrossesCut(model, i, axes))
            {
                for (int j = 0; j < count; j++) Test(track, detections, m, j, g, hypotheses);
                continue;
            }
            if (empty) continue;
            double cells = 1;
            for (int a = 0; a < axes; a++) cells *= hi[a] - lo[a] + 1;
            if (cells > count)
            {
                // A gate far wider than the others (a track coasting for long): testing every detection is cheaper.
                for (int j = 0; j < count; j++) Test(track, detections, m, j, g, hypotheses);
                continue;
            }
            for (long c0 = lo[0]; c0 <= hi[0]; c0++)
                for (long c1 = lo[1]; c1 <= hi[1]; c1++)
                    for (long c2 = lo[2]; c2 <= hi[2]; c2++)
                    {
                        var (start, end) = _grid.Lookup(c0, c1, c2);
                        for (int k = start; k < end; k++) Test(track, detections, m, order[k], g, hypotheses);
                    }
        }
    }

    private bool CrossesCut(IMeasurementModel model, int row, int axes)
    {
        for (int a = 0; a < axes; a++)
            if (model.Wraps(a) && (_box[row * 6 + 2 * a] < -Math.PI || _box[row * 6 + 2 * a + 1] > Math.PI)) return true;
        return false;
    }

    private void Test(Track track, ReadOnlySpan<double> detections, int m, int j, double g, SparseCostMatrix hypotheses)
    {
        double nll = _filter.NegativeLogLikelihood(track, detections.Slice(j * m, m), out double d2);
        if (d2 <= g) hypotheses.Add(j, nll);
    }
}
