using Oberig.Core.Time;
using Oberig.Tracking.LinearAlgebra;
using Oberig.Tracking.Models.Measurement;
using Oberig.Tracking.Tracks;

namespace Oberig.Tracking.Initiators;

/// <summary>
/// Starts a tentative track on every unexplained detection: position from the detection (its measurement noise as
/// covariance), velocity zero with variance (MaxSpeed / 2)², other states zero with
/// <see cref="InitiatorOptions.OtherVariance"/>. The initiators share it and differ in how they confirm.
/// </summary>
/// <remarks>
/// A measurement model that implements <see cref="IInvertibleMeasurement"/> (a radar's range, azimuth and elevation)
/// is inverted per detection: the position mean is the converted point, its covariance J R Jᵀ, placed on the
/// state's position axes (indices 0, 2, 4). Any other model must select state components (each Jacobian row a
/// single 1: position measurements), so a measurement can be placed in the state directly.
/// </remarks>
internal sealed class SinglePointInitiation(ITrackFilter filter, InitiatorOptions options)
{
    private readonly ITrackFilter _filter = filter;
    private readonly double[] _jacobian = new double[SmallMatrix.MaxElements];
    private readonly double[] _noise = new double[SmallMatrix.MaxElements];
    private readonly double[] _mean = new double[SmallMatrix.MaxDimension];
    private readonly double[] _covariance = new double[SmallMatrix.MaxElements];
    private readonly int[] _index = new int[SmallMatrix.MaxDimension];

    public InitiatorOptions Options { get; } = options;

    public void Initiate(SimTime time, ReadOnlySpan<double> detections, IMeasurementModel model, ReadOnlySpan<bool> detectionUsed, TrackStore store, IInitiator reviewer)
    {
        int m = model.MeasurementDimension, n = _filter.StateDimension, count = detections.Length / m;
        if (model.StateDimension != n) throw new ArgumentException($"measurement model reads {model.StateDimension} states, the filter has {n}", nameof(model));
        bool any = false;
        for (int j = 0; j < count && !any; j++) any = !detectionUsed[j];
        if (!any) return;
        if (model is IInvertibleMeasurement invertible)
        {
            InitiateInverted(time, detections, m, invertible, detectionUsed, store, reviewer);
            return;
        }

        // The state component each measurement component reads, and the prior covariance of a new track.
        var h = _jacobian.AsSpan(0, m * n);
        model.Jacobian(_mean.AsSpan(0, n), h);
        model.Noise(_noise.AsSpan(0, m * m));
        for (int r = 0; r < m; r++)
        {
            int found = -1;
            for (int c = 0; c < n; c++)
            {
                double v = h[r * n + c];
                if (v == 0) continue;
                if (v != 1 || found >= 0) throw new NotSupportedException("single-point initiation needs a measurement model that selects state components (a position measurement)");
                found = c;
            }
            if (found < 0) throw new NotSupportedException("single-point initiation needs every measurement component to select a state component");
            _index[r] = found;
        }
        var cov = _covariance.AsSpan(0, n * n);
        cov.Clear();
        double speedVariance = 0.25 * Options.MaxSpeedMps * Options.MaxSpeedMps;
        for (int c = 0; c < n; c++) cov[c * n + c] = c % 2 == 1 && c < 2 * _filter.Axes ? speedVariance : Options.OtherVariance;
        for (int r = 0; r < m; r++)
            for (int s = 0; s < m; s++) cov[_index[r] * n + _index[s]] = _noise[r * m + s];

        var mean = _mean.AsSpan(0, n);
        for (int j = 0; j < count; j++)
        {
            if (detectionUsed[j]) continue;
            mean.Clear();
            for (int r = 0; r < m; r++) mean[_index[r]] = detections[j * m + r];
            var track = store.Add(time);
            _filter.Initialise(track, mean, cov, time);
            reviewer.Review(track);
        }
    }

    private void InitiateInverted(SimTime time, ReadOnlySpan<double> detections, int m, IInvertibleMeasurement model,
        ReadOnlySpan<bool> detectionUsed, TrackStore store, IInitiator reviewer)
    {
        int n = _filter.StateDimension, p = model.PositionAxes, count = detections.Length / m;
        if (p != _filter.Axes) throw new NotSupportedException($"the measurement inverts to {p} position axes, the filter has {_filter.Axes}");
        var mean = _mean.AsSpan(0, n);
        var cov = _covariance.AsSpan(0, n * n);
        Span<double> position = stackalloc double[3];
        var positionCovariance = _noise.AsSpan(0, p * p);
        double speedVariance = 0.25 * Options.MaxSpeedMps * Options.MaxSpeedMps;
        for (int j = 0; j < count; j++)
        {
            if (detectionUsed[j]) continue;
            model.InvertToPosition(detections.Slice(j * m, m), position, positionCovariance);
            mean.Clear();
            cov.Clear();
            for (int c = 0; c < n; c++) cov[c * n + c] = c % 2 == 1 && c < 2 * p ? speedVariance : Options.OtherVariance;
            for (int a = 0; a < p; a++)
            {
                mean[2 * a] = position[a];
                for (int b = 0; b < p; b++) cov[2 * a * n + 2 * b] = positionCovariance[a * p + b];
            }
            var track = store.Add(time);
            _filter.Initialise(track, mean, cov, time);
            reviewer.Review(track);
        }
    }
}
