using Oberig.Core.Time;
using Oberig.Tracking.LinearAlgebra;
using Oberig.Tracking.Models.Measurement;
using Oberig.Tracking.Tracks;

namespace Oberig.Tracking.Initiators;

/// <summary>Options of <see cref="MOfNInitiator"/>.</summary>
/// <param name="ConfirmHits">M: hits needed to confirm. Default 2.</param>
/// <param name="ConfirmWindow">N: scans from birth (the birth detection is the first hit) within which the M hits must
/// come, 1..64, at least M. Default 3.</param>
/// <param name="MaxSpeedMps">Fastest target expected, m/s: a new track's velocity is zero with standard deviation
/// MaxSpeed / 2 on each axis, so a target at up to that speed is within two sigma. Default 50 (a fast drone; raise it
/// for missiles and aircraft, at the price of wider gates for tentative tracks).</param>
/// <param name="OtherVariance">Variance of state components that are neither measured positions nor their velocities
/// (the IMM's turn rate, rad²/s²). Default 1e-4.</param>
public sealed record InitiatorOptions(int ConfirmHits = 2, int ConfirmWindow = 3, double MaxSpeedMps = 50, double OtherVariance = 1e-4)
{
    public static readonly InitiatorOptions Default = new();

    public IEnumerable<string> Problems()
    {
        if (ConfirmHits < 1) yield return $"confirm_m: {ConfirmHits} is not allowed (at least 1)";
        if (ConfirmWindow < 1 || ConfirmWindow > 64) yield return $"confirm_n: {ConfirmWindow} is not allowed (1..64)";
        else if (ConfirmHits > ConfirmWindow) yield return $"confirm_m: {ConfirmHits} is more than confirm_n {ConfirmWindow} (M of N needs M <= N)";
        if (!(MaxSpeedMps > 0) || !double.IsFinite(MaxSpeedMps)) yield return $"max_speed: {MaxSpeedMps} is not allowed (finite, more than 0)";
        if (!(OtherVariance > 0) || !double.IsFinite(OtherVariance)) yield return $"other_variance: {OtherVariance} is not allowed (finite, more than 0)";
    }
}

/// <summary>
/// Single-point initiation with M-of-N confirmation. Every unexplained detection starts a tentative track: position
/// from the detection (its measurement noise as covariance), velocity zero with variance (MaxSpeed / 2)², other states
/// zero with <see cref="InitiatorOptions.OtherVariance"/>. A tentative track is confirmed as soon as it has M hits
/// within the first N scans of its life (its birth is the first), and dropped as soon as M can no longer be reached in
/// that window. Confirmation is never withdrawn; deleting confirmed tracks is the deleter's job.
/// </summary>
/// <remarks>
/// A measurement model that implements <see cref="IInvertibleMeasurement"/> (a radar's range, azimuth and elevation)
/// is inverted per detection: the position mean is the converted point, its covariance J R Jᵀ, placed on the
/// state's position axes (indices 0, 2, 4). Any other model must select state components (each Jacobian row a
/// single 1: position measurements), so a measurement can be placed in the state directly.
/// </remarks>
public sealed class MOfNInitiator : IInitiator
{
    private readonly ITrackFilter _filter;
    private readonly double[] _jacobian = new double[SmallMatrix.MaxElements];
    private readonly double[] _noise = new double[SmallMatrix.MaxElements];
    private readonly double[] _mean = new double[SmallMatrix.MaxDimension];
    private readonly double[] _covariance = new double[SmallMatrix.MaxElements];
    private readonly int[] _index = new int[SmallMatrix.MaxDimension];

    public MOfNInitiator(ITrackFilter filter, InitiatorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(filter);
        _filter = filter;
        Options = options ?? InitiatorOptions.Default;
    }

    public InitiatorOptions Options { get; }

    public void Initiate(SimTime time, ReadOnlySpan<double> detections, IMeasurementModel model, ReadOnlySpan<bool> detectionUsed, TrackStore store)
    {
        int m = model.MeasurementDimension, n = _filter.StateDimension, count = detections.Length / m;
        if (model.StateDimension != n) throw new ArgumentException($"measurement model reads {model.StateDimension} states, the filter has {n}", nameof(model));
        bool any = false;
        for (int j = 0; j < count && !any; j++) any = !detectionUsed[j];
        if (!any) return;
        if (model is IInvertibleMeasurement invertible)
        {
            InitiateInverted(time, detections, m, invertible, detectionUsed, store);
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
            Review(track);
        }
    }

    private void InitiateInverted(SimTime time, ReadOnlySpan<double> detections, int m, IInvertibleMeasurement model,
        ReadOnlySpan<bool> detectionUsed, TrackStore store)
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
            Review(track);
        }
    }

    public bool Review(Track track)
    {
        if (track.IsConfirmed) return true;
        int window = Options.ConfirmWindow, scans = Math.Min(track.Scans, window);
        int hits = track.HitsInLast(scans);
        if (hits >= Options.ConfirmHits) { track.Status = TrackStatus.Confirmed; return true; }
        return hits + (window - scans) >= Options.ConfirmHits;
    }
}
